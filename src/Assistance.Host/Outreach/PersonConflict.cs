using Assistance.Host.Core;
using JasperFx;
using Npgsql;

namespace Assistance.Host.Outreach;

/// <summary>
/// A rostered person another writer changed (or listed first) between this request's read and its write: 409. So is a deadlock:
/// two uploads written at the same moment may take the same days' progress rows (<see cref="OutreachDailyTotals"/>) in opposite
/// orders, and PostgreSQL then refuses one of them.
/// </summary>
public static class PersonConflict
{
    public static bool Is(Exception e) =>
        (e is ConcurrencyException concurrency && concurrency.DocType == typeof(RosteredPerson).FullName)
        || (e is DocumentAlreadyExistsException exists && exists.DocumentType == typeof(RosteredPerson))
        || IsRefusedByPostgres(e);

    /// <summary>A deadlock, or a person new to this upload that another writer stored first (the upload inserts them in one statement).</summary>
    private static bool IsRefusedByPostgres(Exception? e) => e is not null && (e is PostgresException
    {
        SqlState: PostgresErrorCodes.DeadlockDetected
    } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, TableName: "mt_doc_rosteredperson" } || IsRefusedByPostgres(e.InnerException));

    public static IResult Answer(string detail) => Problems.Conflict("摸排对象已被他人更新", detail);
}
