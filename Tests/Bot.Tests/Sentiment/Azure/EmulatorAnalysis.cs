using System.Globalization;
using System.Text.Json.Nodes;

namespace SupportBot.Bot.Tests.Sentiment.Azure;

/// <summary>The emulator's "model": sentences split on . ! ?, a tiny word list for assessments, known nouns as
/// targets. Deterministic, not clever: it exists so the client is exercised against the documented shapes.</summary>
public static class EmulatorAnalysis
{
    public static readonly HashSet<string> PositiveWords = new(StringComparer.Ordinal)
    {
        "genial", "excelente", "bien", "perfecto", "perfecta", "rápido", "rápida", "amable", "encanta", "encantó",
        "great", "excellent", "good", "perfect", "fast", "friendly", "love", "helpful", "delicious",
    };

    public static readonly HashSet<string> NegativeWords = new(StringComparer.Ordinal)
    {
        "tarde", "lento", "lenta", "roto", "rota", "pésima", "pésimo", "mal", "mala", "terrible", "decepcionado", "nadie",
        "caro", "late", "slow", "broken", "awful", "bad", "rude", "disappointed", "unacceptable", "expensive",
    };

    private static readonly HashSet<string> Targets = new(StringComparer.Ordinal)
    {
        "entrega", "envío", "paquete", "producto", "atención", "agente", "soporte", "precio", "factura", "cobro", "devolución",
        "delivery", "shipping", "package", "product", "support", "agent", "service", "price", "invoice", "refund", "return",
        "food", "staff",
    };

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "no", "not", "never", "nunca" };

    /// <summary>One document's result, offsets in <paramref name="indexType"/> (Utf16CodeUnit, UnicodeCodePoint or
    /// TextElements_v8); <paramref name="documentIndex"/> is its place in the answer's documents (for pointers).</summary>
    public static JsonObject Analyze(string id, string text, int documentIndex, string indexType)
    {
        var sentences = new JsonArray();
        var labels = new List<string>();
        double positive = 0, neutral = 0, negative = 0;
        var sentenceIndex = 0;
        foreach (var (start, sentence) in Sentences(text))
        {
            var assessments = new JsonArray();
            var targets = new List<(int Offset, string Word)>();
            var assessmentLabels = new List<string>();
            string? previous = null;
            foreach (var (offset, word) in Words(sentence))
            {
                var lower = word.ToLowerInvariant();
                var polarity = PositiveWords.Contains(lower) ? "positive" : NegativeWords.Contains(lower) ? "negative" : null;
                if (polarity is not null)
                {
                    var negated = previous is not null && Negators.Contains(previous);
                    if (negated)
                    {
                        polarity = polarity == "positive" ? "negative" : "positive";
                    }

                    assessmentLabels.Add(polarity);
                    assessments.Add(new JsonObject
                    {
                        ["sentiment"] = polarity,
                        ["confidenceScores"] = TwoWay(polarity),
                        ["offset"] = Index(text, start + offset, indexType),
                        ["length"] = Length(text, start + offset, word.Length, indexType),
                        ["text"] = word,
                        ["isNegated"] = negated,
                    });
                }
                else if (Targets.Contains(lower))
                {
                    targets.Add((offset, word));
                }

                previous = lower;
            }

            var pos = assessmentLabels.Count(l => l == "positive");
            var neg = assessmentLabels.Count - pos;
            var label = pos > neg ? "positive" : neg > pos ? "negative" : "neutral";
            var scores = label switch
            {
                "positive" => (0.95, 0.03, 0.02),
                "negative" => (0.02, 0.03, 0.95),
                _ => (0.1, 0.8, 0.1),
            };
            labels.Add(label);
            positive += scores.Item1;
            neutral += scores.Item2;
            negative += scores.Item3;

            var targetArray = new JsonArray();
            if (assessmentLabels.Count > 0)
            {
                foreach (var (offset, word) in targets)
                {
                    var relations = new JsonArray();
                    for (var k = 0; k < assessmentLabels.Count; k++)
                    {
                        relations.Add(new JsonObject
                        {
                            ["relationType"] = "assessment",
                            ["ref"] = $"#/documents/{documentIndex}/sentences/{sentenceIndex}/assessments/{k}",
                        });
                    }

                    var targetLabel = pos > 0 && neg > 0 ? "mixed" : pos > 0 ? "positive" : "negative";
                    targetArray.Add(new JsonObject
                    {
                        ["sentiment"] = targetLabel,
                        ["confidenceScores"] = TwoWay(targetLabel),
                        ["offset"] = Index(text, start + offset, indexType),
                        ["length"] = Length(text, start + offset, word.Length, indexType),
                        ["text"] = word,
                        ["relations"] = relations,
                    });
                }
            }

            sentences.Add(new JsonObject
            {
                ["sentiment"] = label,
                ["confidenceScores"] = ThreeWay(scores.Item1, scores.Item2, scores.Item3),
                ["offset"] = Index(text, start, indexType),
                ["length"] = Length(text, start, sentence.Length, indexType),
                ["text"] = sentence,
                ["targets"] = targetArray,
                ["assessments"] = assessments,
            });
            sentenceIndex++;
        }

        var count = Math.Max(1, labels.Count);
        var hasPositive = labels.Contains("positive");
        var hasNegative = labels.Contains("negative");
        return new JsonObject
        {
            ["id"] = id,
            ["sentiment"] = hasPositive && hasNegative ? "mixed" : hasPositive ? "positive" : hasNegative ? "negative" : "neutral",
            ["confidenceScores"] = ThreeWay(positive / count, neutral / count, negative / count),
            ["sentences"] = sentences,
            ["warnings"] = new JsonArray(),
        };
    }

    /// <summary>Sentences ending in . ! ? followed by a space or the end, each with the spaces after it.</summary>
    public static IEnumerable<(int Start, string Text)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                var end = i + 1;
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                yield return (start, text[start..end]);
                start = end;
                i = end - 1;
            }
        }

        if (start < text.Length && !string.IsNullOrWhiteSpace(text[start..]))
        {
            yield return (start, text[start..]);
        }
    }

    private static IEnumerable<(int Offset, string Word)> Words(string sentence)
    {
        var i = 0;
        while (i < sentence.Length)
        {
            if (!char.IsLetter(sentence[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.Length && char.IsLetter(sentence[i]))
            {
                i++;
            }

            yield return (start, sentence[start..i]);
        }
    }

    private static int Index(string text, int utf16, string indexType) => indexType switch
    {
        "Utf16CodeUnit" => utf16,
        "UnicodeCodePoint" => CodePoints(text[..utf16]),
        _ => new StringInfo(text[..utf16]).LengthInTextElements,
    };

    private static int Length(string text, int utf16Start, int utf16Length, string indexType)
        => Index(text, utf16Start + utf16Length, indexType) - Index(text, utf16Start, indexType);

    private static int CodePoints(string s) => s.EnumerateRunes().Count();

    private static JsonObject ThreeWay(double positive, double neutral, double negative) => new()
    {
        ["positive"] = Math.Round(positive, 2),
        ["neutral"] = Math.Round(neutral, 2),
        ["negative"] = Math.Round(negative, 2),
    };

    private static JsonObject TwoWay(string label) => label switch
    {
        "positive" => new JsonObject { ["positive"] = 0.99, ["negative"] = 0.01 },
        "negative" => new JsonObject { ["positive"] = 0.01, ["negative"] = 0.99 },
        _ => new JsonObject { ["positive"] = 0.5, ["negative"] = 0.5 },
    };
}
