using System.Security.Cryptography;
using System.Text;
using Assistance.Domain.Cases;

namespace Assistance.Domain.Import;

/// <summary>A household of the roster whose every row passed the checks: ready to become a case.</summary>
public sealed record RosterHousehold(
    string CountyCode,
    string HouseholdNumber,
    string? Township,
    string? Village,
    Residence Residence,
    Program Program,
    YearMonth EnrolledSince,
    decimal MonthlyAmount,
    IReadOnlyList<Member> Members,
    IReadOnlyList<int> Rows)
{
    public Guid CaseId => RosterCaseId.For(CountyCode, HouseholdNumber);

    /// <summary>A digest of what the roster says about the household (not where it says it), to tell a re-run from a changed household.</summary>
    public string ContentHash
    {
        get
        {
            var text = new StringBuilder()
                .AppendJoin('|', CountyCode, HouseholdNumber, Township, Village, Residence, Program, EnrolledSince.ToString("yyyy-MM", null),
                    MonthlyAmount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
            foreach (var m in Members) text.Append('|').AppendJoin(',', m.Name, m.IdNumber, m.Relation, m.Disability);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }
    }

    public RosterCaseImported ToEvent(string sourceFile, string importedBy) => new(
        CaseId, CountyCode, HouseholdNumber, Township, Village, Residence, Program, EnrolledSince, MonthlyAmount, Members,
        [.. Members.Select(m => m.IdNumber)], sourceFile, Rows, ContentHash, importedBy);
}
