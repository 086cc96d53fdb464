namespace SupportBot.Dialogs.Knowledge;

/// <summary>State of <see cref="KnowledgeDialog"/>.</summary>
public sealed class KnowledgeState
{
    /// <summary>The question, when the message that led here already asked it; the dialog asks otherwise.</summary>
    public string? Question { get; set; }

    /// <summary>What the dialog waits for.</summary>
    public KnowledgeStage Stage { get; set; }

    /// <summary>The article shown, waiting for feedback.</summary>
    public string? ArticleId { get; set; }

    /// <summary>The articles offered as suggestions, in order.</summary>
    public List<string> Suggestions { get; set; } = [];
}
