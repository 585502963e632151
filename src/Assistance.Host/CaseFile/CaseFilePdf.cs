using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Assistance.Host.CaseFile;

/// <summary>The case file as an A4 PDF: the same sections as the page, each row a block of wrapped lines, new pages as needed.</summary>
public sealed class CaseFilePdf
{
    private const double Margin = 40, LineHeight = 13;
    private readonly PdfDocument _document = new();
    private readonly XFont _title = new(CjkFont.Family, 15), _heading = new(CjkFont.Family, 11.5), _text = new(CjkFont.Family, 8.5);
    private XGraphics _page = null!;
    private double _y, _width;

    public static byte[] Render(CaseFileModel file)
    {
        var pdf = new CaseFilePdf();
        pdf._document.Info.Title = CaseFileSections.Title(file);
        pdf.NewPage();
        pdf.Line(CaseFileSections.Title(file), pdf._title, centred: true);
        pdf._y += 6;
        foreach (var line in CaseFileSections.Heading(file)) pdf.Wrapped(line, pdf._text, 0);
        foreach (var table in CaseFileSections.Tables(file))
        {
            pdf._y += 8;
            pdf.Line(table.Title, pdf._heading);
            if (table.Rows.Count == 0) pdf.Wrapped("无", pdf._text, 0);
            foreach (var row in table.Rows)
                pdf.Wrapped(string.Join("　", table.Headers.Zip(row, (h, cell) => $"{h}：{cell}")), pdf._text, 10);
        }
        using var stream = new MemoryStream();
        pdf._document.Save(stream);
        return stream.ToArray();
    }

    private void NewPage()
    {
        _page?.Dispose();
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _page = XGraphics.FromPdfPage(page);
        _width = page.Width.Point - 2 * Margin;
        _y = Margin;
    }

    private void Line(string text, XFont font, bool centred = false)
    {
        if (_y + LineHeight * 1.5 > _page.PageSize.Height - Margin) NewPage();
        var size = _page.MeasureString(text, font);
        _page.DrawString(text, font, XBrushes.Black, centred ? Margin + (_width - size.Width) / 2 : Margin, _y + size.Height);
        _y += size.Height + 4;
    }

    /// <summary>Breaks the text where it reaches the right margin (Chinese text has no spaces to break at, so by character).</summary>
    private void Wrapped(string text, XFont font, double indent)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = start + 1;
            while (end < text.Length && _page.MeasureString(text[start..(end + 1)], font).Width <= _width - indent) end++;
            if (_y + LineHeight > _page.PageSize.Height - Margin) NewPage();
            _page.DrawString(text[start..end], font, XBrushes.Black, Margin + indent, _y + LineHeight - 3);
            _y += LineHeight;
            start = end;
        }
    }
}
