using System.Globalization;
using System.Text;
using Assistance.Domain.Import;
using MiniExcelLibs;

namespace Assistance.Host.Import;

/// <summary>
/// The member rows of a roster file (.csv or .xlsx), the rows that cannot be read (for the error report), or why the file as
/// a whole cannot be read.
/// </summary>
public sealed record RosterFileContent(IReadOnlyList<RosterRow> Rows, RosterError? FileError, IReadOnlyList<RosterError> RowErrors);
