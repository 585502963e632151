using Assistance.Host.Core;
using JasperFx;

namespace Assistance.Host.Outreach;

/// <summary>A rostered person another writer changed (or listed first) between this request's read and its write: 409.</summary>
public static class PersonConflict
{
    public static bool Is(Exception e) =>
        (e is ConcurrencyException concurrency && concurrency.DocType == typeof(RosteredPerson).FullName)
        || (e is DocumentAlreadyExistsException exists && exists.DocumentType == typeof(RosteredPerson));

    public static IResult Answer(string detail) => Problems.Conflict("摸排对象已被他人更新", detail);
}
