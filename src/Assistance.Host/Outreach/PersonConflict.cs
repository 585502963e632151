using Assistance.Host.Core;
using JasperFx;
using Npgsql;

namespace Assistance.Host.Outreach;

/// <summary>
/// A rostered person another writer changed (or listed first) between this request's read and its write: 409. So is a deadlock:
/// two uploads written at the same moment update the persons they share each in its own order, and PostgreSQL then refuses
/// one of them.
/// </summary>
public static class PersonConflict
{
    public static bool Is(Exception e) =>
        (e is ConcurrencyException concurrency && concurrency.DocType == typeof(RosteredPerson).FullName) || RefusedByPostgres(e);

    /// <summary>A deadlock, or a person new to an upload that another writer stored first (the upload inserts them in one statement).</summary>
    private static bool RefusedByPostgres(Exception? e) => e switch
    {
        null => false,
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected } => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, TableName: "mt_doc_rosteredperson" } => true,
        _ => RefusedByPostgres(e.InnerException),
    };

    public static IResult Answer(string detail) => Problems.Conflict("摸排对象已被他人更新", detail);
}
