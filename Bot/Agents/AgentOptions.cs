using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Agents;

/// <summary>Who may use the agent console (section "Agents"). With no accounts the console API refuses everyone.</summary>
public sealed class AgentOptions : IValidatableObject
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Agents";

    /// <summary>Shortest accepted token.</summary>
    public const int MinTokenLength = 24;

    /// <summary>The agents.</summary>
    public List<AgentAccount> Accounts { get; } = [];

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var account in Accounts)
        {
            if (string.IsNullOrWhiteSpace(account.Id) || string.IsNullOrWhiteSpace(account.DisplayName))
            {
                yield return new ValidationResult("Every Agents:Accounts entry needs an Id and a DisplayName.", [nameof(Accounts)]);
            }

            if (account.Token.Length < MinTokenLength)
            {
                yield return new ValidationResult($"Agents:Accounts token of '{account.Id}' must be at least {MinTokenLength} characters.", [nameof(Accounts)]);
            }

            if (account.MaxDiscountPercent is < 0 or > 100)
            {
                yield return new ValidationResult($"Agents:Accounts MaxDiscountPercent of '{account.Id}' must be 0–100.", [nameof(Accounts)]);
            }
        }

        if (Accounts.GroupBy(a => a.Id, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1)
            || Accounts.GroupBy(a => a.Token, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            yield return new ValidationResult("Agents:Accounts ids and tokens must be unique.", [nameof(Accounts)]);
        }
    }
}
