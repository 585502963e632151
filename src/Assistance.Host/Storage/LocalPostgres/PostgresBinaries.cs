using System.Globalization;

namespace Assistance.Host.Storage;

internal sealed record PostgresBinaries(string Directory)
{
    public const string OverrideVariable = "ASSISTANCE_PG_BIN";

    public string InitDb => Path.Combine(Directory, Executable("initdb"));

    public string PgCtl => Path.Combine(Directory, Executable("pg_ctl"));

    public static PostgresBinaries Find() => Find(Environment.GetEnvironmentVariable(OverrideVariable));

    public static PostgresBinaries Find(string? overrideDirectory)
    {
        // An explicit override that is wrong must fail loudly rather than silently pick another version.
        if (!string.IsNullOrWhiteSpace(overrideDirectory))
            return HasBoth(overrideDirectory)
                ? new PostgresBinaries(overrideDirectory)
                : throw PostgresNotAvailableException.NoBinaries($"{OverrideVariable}={overrideDirectory}");

        var found = DebianDirectories().Concat(PathDirectories()).FirstOrDefault(HasBoth);
        return found is not null
            ? new PostgresBinaries(found)
            : throw PostgresNotAvailableException.NoBinaries($"{OverrideVariable}, /usr/lib/postgresql/*/bin, PATH");
    }

    private static IEnumerable<string> DebianDirectories()
    {
        const string root = "/usr/lib/postgresql";
        if (!System.IO.Directory.Exists(root))
            return [];
        return System.IO.Directory.GetDirectories(root)
            .Select(dir => (dir, version: double.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var v) ? v : -1))
            .Where(x => x.version >= 0)
            .OrderByDescending(x => x.version)
            .Select(x => Path.Combine(x.dir, "bin"));
    }

    private static IEnumerable<string> PathDirectories() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool HasBoth(string dir) =>
        File.Exists(Path.Combine(dir, Executable("initdb"))) && File.Exists(Path.Combine(dir, Executable("pg_ctl")));

    private static string Executable(string name) => OperatingSystem.IsWindows() ? name + ".exe" : name;
}
