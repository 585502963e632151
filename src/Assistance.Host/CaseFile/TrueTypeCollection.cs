using System.Buffers.Binary;

namespace Assistance.Host.CaseFile;

/// <summary>
/// Takes the first font out of a TrueType collection (.ttc, as Debian ships the WenQuanYi fonts) as a standalone .ttf, which is
/// what PDFsharp embeds: the font's table directory is rewritten with offsets into the new file and its tables copied behind it.
/// </summary>
public static class TrueTypeCollection
{
    public static byte[] FirstFont(byte[] file)
    {
        if (file.Length < 12 || file[0] != 't' || file[1] != 't' || file[2] != 'c' || file[3] != 'f') return file;
        var start = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(start + 4));
        var directoryLength = 12 + 16 * tables;
        var records = Enumerable.Range(0, tables).Select(i => start + 12 + 16 * i)
            .Select(r => (Record: r, Offset: (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(r + 8)), Length: (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(r + 12))))
            .ToList();

        var output = new MemoryStream();
        output.Write(file, start, directoryLength);
        var position = Align(directoryLength);
        output.SetLength(position);
        for (var i = 0; i < records.Count; i++)
        {
            var (_, offset, length) = records[i];
            output.Position = position;
            output.Write(file, offset, length);
            BinaryPrimitives.WriteUInt32BigEndian(output.GetBuffer().AsSpan(12 + 16 * i + 8), (uint)position);
            position = Align(position + length);
            output.SetLength(position);
        }
        return output.ToArray();
    }

    private static int Align(int n) => (n + 3) & ~3;
}
