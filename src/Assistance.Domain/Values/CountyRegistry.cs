namespace Assistance.Domain.Values;

/// <summary>The counties the ledger knows. The 12 of 长治市 ship as reference data; more can be registered.</summary>
public sealed class CountyRegistry
{
    public static readonly IReadOnlyList<County> Changzhi =
    [
        new("140403", "潞州区", "长治市"),
        new("140404", "上党区", "长治市"),
        new("140405", "屯留区", "长治市"),
        new("140406", "潞城区", "长治市"),
        new("140423", "襄垣县", "长治市"),
        new("140425", "平顺县", "长治市"),
        new("140426", "黎城县", "长治市"),
        new("140427", "壶关县", "长治市"),
        new("140428", "长子县", "长治市"),
        new("140429", "武乡县", "长治市"),
        new("140430", "沁县", "长治市"),
        new("140431", "沁源县", "长治市"),
    ];

    private readonly Dictionary<string, County> _byCode;

    public CountyRegistry(IEnumerable<County> counties) => _byCode = counties.ToDictionary(c => c.Code);

    public static CountyRegistry Default() => new(Changzhi);

    public IReadOnlyCollection<County> All => _byCode.Values.OrderBy(c => c.Code).ToList();

    public bool IsKnown(string? code) => code is not null && _byCode.ContainsKey(code);

    public County? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var c) ? c : null;

    public string NameOf(string code) => Find(code)?.Name ?? code;
}
