using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Storage;

/// <summary>Settings of the bot state storage, bound from the <c>State</c> configuration section.</summary>
public sealed class StateOptions : IValidatableObject
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "State";

    /// <summary>Which storage keeps the state. Defaults to <see cref="StateProvider.Memory"/>.</summary>
    [EnumDataType(typeof(StateProvider))]
    public StateProvider Provider { get; set; } = StateProvider.Memory;

    /// <summary>Prefix of every storage key, so several bots (or environments) can share one Redis.
    /// Defaults to <c>supportbot:</c>.</summary>
    [Required]
    public string KeyPrefix { get; set; } = "supportbot:";

    /// <summary>How long a stored item lives after its last write; <see langword="null"/> (the default) keeps it
    /// forever. Every write restarts the clock.</summary>
    public TimeSpan? TimeToLive { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TimeToLive <= TimeSpan.Zero)
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(TimeToLive)} must be greater than zero (for example \"30.00:00:00\" for 30 days), or left out for no expiry.",
                [nameof(TimeToLive)]);
        }
    }
}
