namespace SupportBot.Bot.Sentiment.Azure;

/// <summary>Why a call to Azure AI Language gave no usable answer (after the retries it deserved).</summary>
public enum AzureLanguageFailure
{
    /// <summary>No answer in time.</summary>
    Timeout,

    /// <summary>The connection failed.</summary>
    Network,

    /// <summary>5xx, still after retries.</summary>
    ServerError,

    /// <summary>429, still after retries.</summary>
    Throttled,

    /// <summary>401: wrong key or endpoint.</summary>
    Unauthorized,

    /// <summary>403: typically the free tier's monthly quota.</summary>
    Forbidden,

    /// <summary>Another 4xx: the request itself was refused.</summary>
    BadRequest,

    /// <summary>Recent calls kept failing, so this one was not sent (circuit open).</summary>
    CircuitOpen,

    /// <summary>A 200 whose body is not the documented JSON.</summary>
    MalformedResponse,
}
