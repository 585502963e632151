namespace Assistance.Host.Storage;

/// <summary>
/// The local server cannot be used. The message is complete on its own (bilingual, with the
/// relevant log tail) so the host can print it instead of a stack trace.
/// </summary>
public sealed class PostgresNotAvailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    internal static PostgresNotAvailableException NoBinaries(string searched) => new(
        "未找到 PostgreSQL 程序 (initdb/pg_ctl)。请安装 PostgreSQL 15 或设置 ConnectionStrings:Marten / ASSISTANCE_PG_BIN." + Environment.NewLine +
        $"No PostgreSQL binaries found (searched {searched}). Install PostgreSQL 15, point ConnectionStrings:Marten " +
        "at an existing server, or set ASSISTANCE_PG_BIN to the folder containing initdb and pg_ctl.");

    internal static PostgresNotAvailableException Failed(string step, string details, Exception? inner = null) => new(
        $"本地 PostgreSQL 启动失败：{step}。Local PostgreSQL failed: {step}." + Environment.NewLine + details.TrimEnd(), inner);
}
