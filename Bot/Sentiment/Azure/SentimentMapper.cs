using SupportBot.Bot.Sentiment.Azure.Dtos;
using SupportBot.Dialogs.Abstractions;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Sentiment.Azure;

/// <summary>Turns the service's documents into <see cref="SentimentResult"/>s, merging the pieces of a text that was
/// sent as several documents.</summary>
internal static class SentimentMapper
{
    private const string AssessmentPointer = "#/documents/";

    /// <summary>One text's result from its analysed pieces, in order. A single piece keeps the service's document
    /// label and scores; several are merged: sentences shifted into the whole text, the label recomputed from the
    /// sentence labels with the service's rule, and scores averaged by piece length.</summary>
    public static SentimentResult Merge(IReadOnlyList<AnalysedPiece> pieces, Language language)
    {
        var sentences = pieces
            .SelectMany(p => (p.Document.Sentences ?? []).Select(s => Sentence(s, p)))
            .ToList();
        if (pieces.Count == 1)
        {
            return new SentimentResult
            {
                Label = ParseLabel(pieces[0].Document.Sentiment),
                Scores = Scores(pieces[0].Document.ConfidenceScores),
                Sentences = sentences,
                Language = language,
                Provider = AzureSentimentAnalyzer.ProviderName,
            };
        }

        double total = pieces.Sum(p => Math.Max(1, p.Piece.Text.Length));
        double positive = 0, neutral = 0, negative = 0;
        foreach (var piece in pieces)
        {
            var weight = Math.Max(1, piece.Piece.Text.Length) / total;
            positive += weight * piece.Document.ConfidenceScores.Positive;
            neutral += weight * piece.Document.ConfidenceScores.Neutral;
            negative += weight * piece.Document.ConfidenceScores.Negative;
        }

        return new SentimentResult
        {
            Label = DocumentLabel(sentences.Select(s => s.Label)),
            Scores = Normalize(positive, neutral, negative),
            Sentences = sentences,
            Language = language,
            Provider = AzureSentimentAnalyzer.ProviderName,
        };
    }

    /// <summary>The service's document rule: positive and negative sentences → mixed; only positive (and neutral) →
    /// positive; only negative (and neutral) → negative; otherwise neutral.</summary>
    public static SentimentLabel DocumentLabel(IEnumerable<SentimentLabel> sentenceLabels)
    {
        var positive = false;
        var negative = false;
        foreach (var label in sentenceLabels)
        {
            positive |= label == SentimentLabel.Positive;
            negative |= label == SentimentLabel.Negative;
        }

        return (positive, negative) switch
        {
            (true, true) => SentimentLabel.Mixed,
            (true, false) => SentimentLabel.Positive,
            (false, true) => SentimentLabel.Negative,
            _ => SentimentLabel.Neutral,
        };
    }

    /// <summary>Lower-case service labels; anything unknown reads as neutral.</summary>
    public static SentimentLabel ParseLabel(string? label) => label?.ToUpperInvariant() switch
    {
        "POSITIVE" => SentimentLabel.Positive,
        "NEGATIVE" => SentimentLabel.Negative,
        "MIXED" => SentimentLabel.Mixed,
        _ => SentimentLabel.Neutral,
    };

    /// <summary>The result for a text the service refused (neutral, no sentences, the error set).</summary>
    public static SentimentResult Failed(SentimentError error, Language language) => new()
    {
        Label = SentimentLabel.Neutral,
        Scores = new SentimentScores(0, 1, 0),
        Language = language,
        Provider = AzureSentimentAnalyzer.ProviderName,
        Error = error,
    };

    private static SentenceSentiment Sentence(SentenceSentimentDto sentence, AnalysedPiece piece)
    {
        var opinions = (sentence.Targets ?? [])
            .Select(t => new AspectOpinion(
                t.Text,
                AspectMapper.Map(t.Text),
                ParseLabel(t.Sentiment),
                (t.Relations ?? [])
                    .Where(r => string.Equals(r.RelationType, "assessment", StringComparison.OrdinalIgnoreCase))
                    .Select(r => Resolve(r.Ref, piece.Response))
                    .OfType<SentenceAssessmentDto>()
                    .Select(a => new OpinionAssessment(a.Text, ParseLabel(a.Sentiment), a.IsNegated))
                    .ToList()))
            .ToList();
        return new SentenceSentiment(
            sentence.Text,
            sentence.Offset + piece.Piece.Offset,
            sentence.Length,
            ParseLabel(sentence.Sentiment),
            Scores(sentence.ConfidenceScores),
            opinions);
    }

    /// <summary>Follows a pointer such as <c>#/documents/0/sentences/1/assessments/2</c> within the same answer.</summary>
    private static SentenceAssessmentDto? Resolve(string? pointer, SentimentResponse response)
    {
        if (pointer is null || !pointer.StartsWith(AssessmentPointer, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = pointer[AssessmentPointer.Length..].Split('/');
        if (parts.Length != 5 || parts[1] != "sentences" || parts[3] != "assessments"
            || !int.TryParse(parts[0], out var d) || !int.TryParse(parts[2], out var s) || !int.TryParse(parts[4], out var a))
        {
            return null;
        }

        var documents = response.Documents ?? [];
        var sentences = d >= 0 && d < documents.Count ? documents[d].Sentences ?? [] : [];
        var assessments = s >= 0 && s < sentences.Count ? sentences[s].Assessments ?? [] : [];
        return a >= 0 && a < assessments.Count ? assessments[a] : null;
    }

    private static SentimentScores Scores(ConfidenceScoresDto scores) => Normalize(scores.Positive, scores.Neutral, scores.Negative);

    private static SentimentScores Normalize(double positive, double neutral, double negative)
    {
        var sum = positive + neutral + negative;
        return sum > 0
            ? new SentimentScores(positive / sum, neutral / sum, negative / sum)
            : new SentimentScores(0, 1, 0);
    }
}
