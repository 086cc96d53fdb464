using System.Net;

namespace SupportBot.Bot.BotFramework;

/// <summary>Who may post unsigned activities to <c>/api/messages</c>. With a MicrosoftAppId the SDK checks the
/// channel's signature and this rule stands aside. Without one (self-hosted, the Emulator, tests) nothing is signed,
/// so only callers on this machine are accepted: a loopback remote address on a request that no proxy forwarded (a
/// proxy on the same machine connects from loopback for everyone, so <c>Forwarded</c>, <c>X-Forwarded-For</c> or
/// <c>X-Real-IP</c> makes the request remote) — unless <c>Messages:AllowUnauthenticatedRemote</c> opens it. The
/// embedded Direct Line channel never comes through here: its turns run in process.</summary>
public static class LocalCallerRule
{
    private static readonly string[] ForwardingHeaders = ["Forwarded", "X-Forwarded-For", "X-Real-IP"];

    /// <summary>Whether the request may go on to the adapter.</summary>
    /// <param name="http">The request.</param>
    /// <param name="signedRequestsRequired">Whether a MicrosoftAppId is configured (the SDK then checks signatures).</param>
    /// <param name="allowRemote">The <c>Messages:AllowUnauthenticatedRemote</c> switch.</param>
    public static bool Allows(HttpContext http, bool signedRequestsRequired, bool allowRemote)
    {
        ArgumentNullException.ThrowIfNull(http);
        return signedRequestsRequired || allowRemote || IsLocal(http);
    }

    /// <summary>Whether the request comes from this machine, directly.</summary>
    public static bool IsLocal(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var remote = http.Connection.RemoteIpAddress;
        if (remote is null)
        {
            return false;
        }

        if (remote.IsIPv4MappedToIPv6)
        {
            remote = remote.MapToIPv4();
        }

        return IPAddress.IsLoopback(remote) && !ForwardingHeaders.Any(h => http.Request.Headers.ContainsKey(h));
    }
}
