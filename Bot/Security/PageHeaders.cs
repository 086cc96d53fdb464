namespace SupportBot.Bot.Security;

/// <summary>What every HTML page (Web Chat, its embed script, the agent console) adds to <see cref="SecurityHeaders"/>:
/// no powerful browser features, a browsing context of its own.</summary>
public static class PageHeaders
{
    /// <summary>Permissions-Policy of the pages.</summary>
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /// <summary>Cross-Origin-Opener-Policy of the pages.</summary>
    public const string OpenerPolicy = "same-origin";

    /// <summary>Sets Permissions-Policy and Cross-Origin-Opener-Policy.</summary>
    public static void Apply(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = OpenerPolicy;
    }
}
