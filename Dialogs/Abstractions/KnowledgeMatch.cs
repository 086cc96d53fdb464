namespace SupportBot.Dialogs.Abstractions;

/// <summary>How sure a knowledge-base search is about its best article.</summary>
public enum KnowledgeMatch
{
    /// <summary>Nothing fits: no article is worth offering.</summary>
    None,

    /// <summary>Some articles may fit: offer them as suggestions.</summary>
    Uncertain,

    /// <summary>The best article answers the question: show it.</summary>
    Confident,
}
