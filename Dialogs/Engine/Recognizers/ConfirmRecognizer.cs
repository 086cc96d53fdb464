namespace SupportBot.Dialogs.Engine.Recognizers;

/// <summary>Reads a yes or a no in Spanish or English ("sí, claro", "vale", "nope", "no, gracias", "👍").</summary>
public static class ConfirmRecognizer
{
    // Null marks an explicit "don't know": it must not be read as the "no" or "sure" inside it.
    private static readonly PhraseTable<bool?> Phrases = new PhraseTable<bool?>()
        .Add(true, "sí", "si por favor", "claro", "claro que sí", "por supuesto", "vale", "ok", "okay", "okey",
            "de acuerdo", "venga", "dale", "correcto", "afirmativo", "exacto", "sip", "creo que sí",
            "no hay problema", "sin problema", "yes", "yeah", "yep", "yup", "sure", "of course", "please do",
            "absolutely", "correct", "i think so", "no problem", "👍", "✅", "👌", "✔️")
        .Add(false, "no", "nope", "nop", "nah", "no gracias", "no thanks", "no thank you", "para nada", "en absoluto",
            "negativo", "nunca", "never", "ahora no", "not now", "todavía no", "aún no", "not yet", "mejor no",
            "claro que no", "por supuesto que no", "of course not", "de ninguna manera", "no way", "creo que no",
            "i don't think so", "not really", "👎", "❌", "✖️")
        .Add(null, "no sé", "no lo sé", "ni idea", "quizás", "quizá", "tal vez", "a lo mejor", "depende",
            "no estoy seguro", "no estoy segura", "maybe", "perhaps", "not sure", "i'm not sure", "i don't know",
            "depends");

    /// <summary>Recognizes a yes (true) or a no (false). The answer must open the message or be all of it
    /// ("sí, claro" is yes, "no, gracias" is no); a message that also says the opposite, or hesitates
    /// ("no sé", "maybe"), gives nothing.</summary>
    /// <param name="text">The customer's message.</param>
    /// <returns>The answer, or <see cref="Recognition{T}.None"/>.</returns>
    public static Recognition<bool> Recognize(string? text)
    {
        var matches = Phrases.FindLongest(TextNormalizer.Tokenize(TextNormalizer.Normalize(text)));
        if (matches.Count == 0 || matches[0].Start != 0 || matches[0].Value is not bool answer)
        {
            return Recognition<bool>.None;
        }

        return matches.TrueForAll(m => m.Value == answer) ? Recognition<bool>.Of(answer) : Recognition<bool>.None;
    }
}
