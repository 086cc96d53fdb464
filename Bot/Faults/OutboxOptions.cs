using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Faults;

/// <summary>The local write-ahead outbox (section "Outbox"): what was accepted while Redis was down waits here.</summary>
public sealed class OutboxOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Outbox";

    /// <summary>SQLite file of the outbox (relative paths are relative to the content root). Local to the instance: on
    /// App Service, a path under <c>/home</c> survives restarts.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/outbox.db";

    /// <summary>How often waiting entries are replayed into their store.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan ReplayInterval { get; set; } = TimeSpan.FromSeconds(5);
}
