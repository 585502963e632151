using Assistance.Host.Core;
using Marten;

namespace Assistance.Host.Access;

public static class SessionActor
{
    /// <summary>Header naming the acting user's id beside the event's user name, for auditors' queries by person.</summary>
    public const string UserIdHeader = "userId";

    /// <summary>Stamps what the session appends with the signed-in user: the user name column and the user id header.</summary>
    public static void ActAs(this IDocumentSession session, LedgerUser user)
    {
        session.LastModifiedBy = Actors.Of(user);
        session.SetHeader(UserIdHeader, user.Id);
    }
}
