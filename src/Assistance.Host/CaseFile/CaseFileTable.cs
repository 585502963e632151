using System.Globalization;

namespace Assistance.Host.CaseFile;

/// <summary>The case file as titled tables of text, which the page and the PDF both lay out.</summary>
public sealed record CaseFileTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
