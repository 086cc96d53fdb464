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
}
