namespace SupportBot.Bot.Knowledge;

/// <summary>An article or synonym file that cannot be used; the message names the file (and the line when there is one).</summary>
public sealed class KnowledgeArticleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KnowledgeArticleException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public KnowledgeArticleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public KnowledgeArticleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception about <paramref name="path"/>.</summary>
    public KnowledgeArticleException(string path, int? line, string problem)
        : base(line is null ? $"Knowledge file '{path}': {problem}" : $"Knowledge file '{path}', line {line}: {problem}")
    {
        FilePath = path;
        Line = line;
    }

    /// <summary>The file at fault.</summary>
    public string? FilePath { get; }

    /// <summary>The line at fault (1-based), when there is one.</summary>
    public int? Line { get; }
}
