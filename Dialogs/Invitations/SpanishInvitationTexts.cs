namespace SupportBot.Dialogs.Invitations;

/// <summary>Spanish (Spain, "tú").</summary>
public sealed class SpanishInvitationTexts : InvitationTexts
{
    /// <inheritdoc />
    public override string Invitation(string orderId)
        => $"¡Hola! Tu pedido {orderId} ya lleva unos días contigo. ¿Nos cuentas qué tal? Son solo un par de preguntas.";

    /// <inheritdoc />
    public override string Reminder(string orderId)
        => $"Te escribimos otra vez por tu pedido {orderId}: si tienes un momento, nos encantaría saber qué tal te fue.";

    /// <inheritdoc />
    public override string RateNow => "Valorar ahora";

    /// <inheritdoc />
    public override string NotNow => "Ahora no";

    /// <inheritdoc />
    public override string StopSurveys => "No más encuestas";

    /// <inheritdoc />
    public override string Declined
        => "De acuerdo, no te preguntaremos más por este pedido. Si cambias de idea, escribe «valorar mi compra».";
}
