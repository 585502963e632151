using System.Text;

namespace Assistance.Host.Core;

/// <summary>One record of a CSV file, with the line it starts on (as an editor or a spreadsheet numbers it).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Cells);
