using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Assistance.Host.Core;

/// <summary>
/// A table as offices receive it: a title (the sheet name), zh-CN headers and rows of cells. ID numbers in its text are
/// masked when written unless <paramref name="FullIdNumbers"/> says the file is one that needs them (the bank file).
/// </summary>
public sealed record ExportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows, bool FullIdNumbers = false);
