using NodaTime;

namespace Assistance.Domain.Calendar;

/// <summary>The State Council's published holiday schedules that the ledger ships with.</summary>
public static class OfficialHolidaySchedules
{
    /// <summary>国办发明电〔2023〕7号, 2023-10-25.</summary>
    public static HolidaySchedule Year2024 { get; } = new(2024,
        holidays:
        [
            .. Off("元旦", new(2023, 12, 30), new(2024, 1, 1)),
            // 除夕 (9 February) is only "encouraged" as leave in the notice, so it stays a working day.
            .. Off("春节", new(2024, 2, 10), new(2024, 2, 17)),
            .. Off("清明节", new(2024, 4, 4), new(2024, 4, 6)),
            .. Off("劳动节", new(2024, 5, 1), new(2024, 5, 5)),
            .. Off("端午节", new(2024, 6, 8), new(2024, 6, 10)),
            .. Off("中秋节", new(2024, 9, 15), new(2024, 9, 17)),
            .. Off("国庆节", new(2024, 10, 1), new(2024, 10, 7)),
        ],
        makeUpWorkingDays:
        [
            .. Work("春节", [new(2024, 2, 4), new(2024, 2, 18)]),
            .. Work("清明节", [new(2024, 4, 7)]),
            .. Work("劳动节", [new(2024, 4, 28), new(2024, 5, 11)]),
            .. Work("中秋节", [new(2024, 9, 14)]),
            .. Work("国庆节", [new(2024, 9, 29), new(2024, 10, 12)]),
        ]);

    /// <summary>国办发明电〔2024〕12号, 2024-11-12: the first year with 除夕 and a second 劳动节 day as statutory holidays.</summary>
    public static HolidaySchedule Year2025 { get; } = new(2025,
        holidays:
        [
            .. Off("元旦", new(2025, 1, 1), new(2025, 1, 1)),
            .. Off("春节", new(2025, 1, 28), new(2025, 2, 4)),
            .. Off("清明节", new(2025, 4, 4), new(2025, 4, 6)),
            .. Off("劳动节", new(2025, 5, 1), new(2025, 5, 5)),
            .. Off("端午节", new(2025, 5, 31), new(2025, 6, 2)),
            .. Off("国庆节、中秋节", new(2025, 10, 1), new(2025, 10, 8)),
        ],
        makeUpWorkingDays:
        [
            .. Work("春节", [new(2025, 1, 26), new(2025, 2, 8)]),
            .. Work("劳动节", [new(2025, 4, 27)]),
            .. Work("国庆节、中秋节", [new(2025, 9, 28), new(2025, 10, 11)]),
        ]);

    /// <summary>国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04.</summary>
    public static HolidaySchedule Year2026 { get; } = new(2026,
        holidays:
        [
            .. Off("元旦", new(2026, 1, 1), new(2026, 1, 3)),
            .. Off("春节", new(2026, 2, 15), new(2026, 2, 23)),
            .. Off("清明节", new(2026, 4, 4), new(2026, 4, 6)),
            .. Off("劳动节", new(2026, 5, 1), new(2026, 5, 5)),
            .. Off("端午节", new(2026, 6, 19), new(2026, 6, 21)),
            .. Off("中秋节", new(2026, 9, 25), new(2026, 9, 27)),
            .. Off("国庆节", new(2026, 10, 1), new(2026, 10, 7)),
        ],
        makeUpWorkingDays:
        [
            .. Work("元旦", [new(2026, 1, 4)]),
            .. Work("春节", [new(2026, 2, 14), new(2026, 2, 28)]),
            .. Work("劳动节", [new(2026, 5, 9)]),
            .. Work("国庆节", [new(2026, 9, 20), new(2026, 10, 10)]),
        ]);

    public static IReadOnlyList<HolidaySchedule> All { get; } = [Year2024, Year2025, Year2026];

    private static IEnumerable<ScheduledDay> Off(string name, LocalDate first, LocalDate last)
    {
        for (var date = first; date <= last; date = date.PlusDays(1)) yield return new ScheduledDay(date, name);
    }

    private static IEnumerable<ScheduledDay> Work(string name, LocalDate[] dates) =>
        dates.Select(date => new ScheduledDay(date, name));
}
