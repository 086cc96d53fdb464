namespace SupportBot.Dialogs.AfterSale;

/// <summary>The intent read in a customer's message, how sure the recognizer is, and the next best reading.</summary>
/// <param name="Intent">The top intent; <see cref="CustomerIntent.None"/> when nothing scored high enough.</param>
/// <param name="Confidence">0–1: high when the evidence is strong and no other intent competes.</param>
/// <param name="RunnerUp">The second-best intent, <see cref="CustomerIntent.None"/> when no other intent had evidence.</param>
/// <param name="RunnerUpConfidence">0–1, on the same scale as <paramref name="Confidence"/>.</param>
/// <param name="IsAmbiguous">The runner-up scored close to the top intent: ask a short clarifying question
/// ("¿quieres devolverlo o que lo reparemos?") instead of acting on <paramref name="Intent"/>.</param>
public sealed record IntentRecognition(
    CustomerIntent Intent, double Confidence, CustomerIntent RunnerUp, double RunnerUpConfidence, bool IsAmbiguous);
