using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.BotFramework;

/// <summary>Limits of the Bot Framework endpoint (section "Messages").</summary>
public sealed class MessagesEndpointOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Messages";

    /// <summary>Largest accepted request body, in bytes (Bot Connector activities are far smaller).</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Deepest JSON nesting accepted in an activity.</summary>
    [Range(8, 128)]
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>With no MicrosoftAppId, activities are not signed and anyone who can reach /api/messages could post
    /// as any user of any channel; so they are only accepted from this machine (a loopback address, not forwarded by a
    /// proxy). True opens the endpoint to unsigned activities from anywhere: only on a private network you trust.</summary>
    public bool AllowUnauthenticatedRemote { get; set; }
}
