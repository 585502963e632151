using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Assistance.Host.Access;

/// <summary>
/// The HS256 key tokens are signed and checked with: <c>Auth:SigningKey</c> when set, else a key the ledger creates on
/// first start and keeps in its local data (readable by its own user only, never in git).
/// </summary>
public static class SigningKey
{
    private const int MinimumBytes = 32;

    public static SymmetricSecurityKey Resolve(AuthSettings settings)
    {
        var base64 = settings.SigningKey ?? ReadOrCreate(settings.KeyFile);
        byte[] bytes;
        try { bytes = Convert.FromBase64String(base64.Trim()); }
        catch (FormatException) { throw new InvalidOperationException("Auth:SigningKey 须为 base64 编码（至少 32 字节）。"); }
        if (bytes.Length < MinimumBytes)
            throw new InvalidOperationException($"Auth:SigningKey 只有 {bytes.Length} 字节，至少需要 {MinimumBytes} 字节。");
        return new SymmetricSecurityKey(bytes) { KeyId = "ledger" };
    }

    private static string ReadOrCreate(string file)
    {
        if (File.Exists(file)) return File.ReadAllText(file);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(file, System.Text.Encoding.ASCII, options);
            writer.Write(key);
            return key;
        }
        catch (IOException) when (File.Exists(file))
        {
            return File.ReadAllText(file); // another process of the ledger created it first
        }
    }
}
