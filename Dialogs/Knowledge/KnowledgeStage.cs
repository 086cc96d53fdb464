namespace SupportBot.Dialogs.Knowledge;

/// <summary>What <see cref="KnowledgeDialog"/> waits for (persisted by name).</summary>
public enum KnowledgeStage
{
    /// <summary>The question.</summary>
    Question,

    /// <summary>The question in other words, after a search found nothing.</summary>
    Rephrased,

    /// <summary>A pick among the suggestions.</summary>
    Suggestion,

    /// <summary>The answer to "did this help?".</summary>
    Feedback,
}
