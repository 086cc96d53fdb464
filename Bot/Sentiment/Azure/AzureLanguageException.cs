using System.Net;

namespace SupportBot.Bot.Sentiment.Azure;

/// <summary>A call to Azure AI Language failed as a whole; per-document errors are not exceptions.</summary>
public sealed class AzureLanguageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AzureLanguageException(AzureLanguageFailure failure, string message, HttpStatusCode? statusCode = null, string? errorCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>Creates the exception (serialisation-free standard constructor).</summary>
    public AzureLanguageException()
        : this(AzureLanguageFailure.ServerError, "Azure AI Language failed.")
    {
    }

    /// <summary>Creates the exception (standard constructor).</summary>
    public AzureLanguageException(string message)
        : this(AzureLanguageFailure.ServerError, message)
    {
    }

    /// <summary>Creates the exception (standard constructor).</summary>
    public AzureLanguageException(string message, Exception innerException)
        : this(AzureLanguageFailure.ServerError, message, innerException: innerException)
    {
    }

    /// <summary>What went wrong.</summary>
    public AzureLanguageFailure Failure { get; }

    /// <summary>The HTTP status, when there was an answer.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The service's error code (an open string: "InvalidRequest", "401", "429" ...), when it sent one.</summary>
    public string? ErrorCode { get; }
}
