using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Knowledge;

/// <summary>What the knowledge-base dialog says, one subclass per language.</summary>
public abstract class KnowledgeTexts
{
    /// <summary>The Spanish texts.</summary>
    public static KnowledgeTexts Spanish { get; } = new SpanishKnowledgeTexts();

    /// <summary>The English texts.</summary>
    public static KnowledgeTexts English { get; } = new EnglishKnowledgeTexts();

    /// <summary>The texts for <paramref name="language"/>.</summary>
    public static KnowledgeTexts For(Language language) => language == Language.English ? English : Spanish;

    /// <summary>One sentence in both languages.</summary>
    public static LocalizedText Localize(Func<KnowledgeTexts, string> pick)
    {
        ArgumentNullException.ThrowIfNull(pick);
        return new LocalizedText(pick(Spanish), pick(English));
    }

    /// <summary>The line under an answer that names related articles.</summary>
    public abstract string SeeAlso(IEnumerable<string> titles);

    /// <summary>The feedback question under an answer.</summary>
    public abstract string WasItHelpful { get; }

    /// <summary>After a "yes".</summary>
    public abstract string GladItHelped { get; }

    /// <summary>After a "no", before a person is offered.</summary>
    public abstract string SorryItDidNotHelp { get; }

    /// <summary>Introduces the suggestions when the search is unsure.</summary>
    public abstract string Suggestions { get; }

    /// <summary>The suggestion button that rejects them all.</summary>
    public abstract string NoneOfThese { get; }

    /// <summary>Nothing found the first time: asks for other words.</summary>
    public abstract string Rephrase { get; }

    /// <summary>Still nothing, or no suggestion fitted: before a person is offered.</summary>
    public abstract string NoAnswer { get; }
}
