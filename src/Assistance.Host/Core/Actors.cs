using Assistance.Host.Access;

namespace Assistance.Host.Core;

/// <summary>
/// Who is acting: always the signed-in user of the token, as "name（id）" so that two people of the same name stay apart
/// and a body field naming someone else (<c>assessedBy</c>, <c>decidedBy</c>, …) never reaches the record.
/// </summary>
public static class Actors
{
    public const string Unknown = "未署名";

    public static string Of(HttpContext http) => Of(http.User.Ledger());

    public static string Of(LedgerUser user) => user.Name == user.Id || user.Id.Length == 0 ? user.Name : $"{user.Name}（{user.Id}）";
}
