using SupportBot.Dialogs.Engine.Recognizers;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Engine;

/// <summary>What a prompt asks, persisted in the prompt's frame so it can be asked again in either language.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public LocalizedText Prompt { get; set; } = new(string.Empty, string.Empty);

    /// <summary>What to say when the answer is not understood; the prompt's own default when null.</summary>
    public LocalizedText? Retry { get; set; }

    /// <summary>Options offered as buttons (and, for choice prompts, the only valid answers).</summary>
    public List<Choice>? Choices { get; set; }

    /// <summary>How many times to re-ask after an answer that is not understood before giving up.</summary>
    public int MaxRetries { get; set; } = 1;
}
