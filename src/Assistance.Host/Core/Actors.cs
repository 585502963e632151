namespace Assistance.Host.Core;

/// <summary>Who is acting: the signed-in user when there is one, else the name the request gives.</summary>
public static class Actors
{
    public const string Unknown = "未署名";

    public static string Of(HttpContext http) => http.User.Identity?.Name ?? Unknown;
}
