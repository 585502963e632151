using PdfSharp.Fonts;

namespace Assistance.Host.CaseFile;

/// <summary>
/// The Chinese font the PDF case file embeds: <c>Audit:CaseFileFont</c> when set, else one installed by Debian's
/// fonts-wqy-microhei or fonts-wqy-zenhei (TrueType outlines, which PDFsharp embeds). Without one the PDF is refused with a
/// message naming the package, rather than printed with empty boxes.
/// </summary>
public sealed class CjkFont : IFontResolver
{
    public const string Family = "CaseFileCjk";

    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    ];

    private static readonly object Gate = new();
    private static CjkFont? _registered;
    private readonly byte[] _font;

    private CjkFont(string path) { Path = path; _font = TrueTypeCollection.FirstFont(File.ReadAllBytes(path)); }

    public string Path { get; }

    /// <summary>The font to use, registered with PDFsharp once per process; null when none is installed.</summary>
    public static CjkFont? Find(IConfiguration configuration)
    {
        lock (Gate)
        {
            if (_registered is not null) return _registered;
            var path = configuration["Audit:CaseFileFont"] is { Length: > 0 } configured ? configured : Candidates.FirstOrDefault(File.Exists);
            if (path is null || !File.Exists(path)) return null;
            _registered = new CjkFont(path);
            GlobalFontSettings.FontResolver = _registered;
            return _registered;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(Family);

    public byte[]? GetFont(string faceName) => _font;
}
