namespace Assistance.Host.Storage;

public sealed record LocalPostgresOptions
{
    public required string DataDirectory { get; init; }

    public string Database { get; init; } = "assistance";

    /// <summary>Null picks a free port, so parallel test runs never collide.</summary>
    public int? Port { get; init; }

    /// <summary>Turns fsync off (unless <see cref="Durable"/>) and deletes <see cref="DataDirectory"/> on dispose.</summary>
    public bool Ephemeral { get; init; }

    /// <summary>Keeps fsync on even for an ephemeral cluster, so that what is measured on it is what a durable server does.</summary>
    public bool Durable { get; init; }

    /// <summary>Further server settings (<c>-c name=value</c>), such as the memory a benchmark gives the server.</summary>
    public IReadOnlyDictionary<string, string> ServerSettings { get; init; } = new Dictionary<string, string>();

    public static LocalPostgresOptions InTemporaryDirectory() => new()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), $"assistance-pg-{Guid.NewGuid():N}"),
        Ephemeral = true,
    };

    /// <summary>
    /// <c>&lt;repo&gt;/.local/pgdata</c>, so the dev ledger survives restarts no matter which
    /// project folder the host was launched from; falls back to the start directory outside a checkout.
    /// </summary>
    public static string DefaultDevDataDirectory(string? startDirectory = null)
    {
        var start = Path.GetFullPath(startDirectory ?? Directory.GetCurrentDirectory());
        var root = start;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            // A worktree has a .git file rather than a folder.
            if (Path.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, "Assistance.sln")))
            {
                root = dir.FullName;
                break;
            }
        }
        return Path.Combine(root, ".local", "pgdata");
    }
}
