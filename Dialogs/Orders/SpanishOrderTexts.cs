using System.Globalization;
using SupportBot.Dialogs.Abstractions;

namespace SupportBot.Dialogs.Orders;

/// <summary>Order self-service in Spanish (Spain), speaking "tú".</summary>
internal sealed class SpanishOrderTexts : OrderTexts
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("es-ES");

    public override string FormatDay(DateOnly day) => day.ToString("d 'de' MMMM 'de' yyyy", Culture);

    public override string AskOrderNumber => "¿Cuál es el número de tu pedido? Lo encontrarás en el email de confirmación de la compra.";

    public override string OrderNumberRetry => "Eso no parece un número de pedido: son de 4 a 12 cifras, por ejemplo 400101.";

    public override string AskProof(string orderNumber) =>
        $"Para proteger tus datos, dime el email o el código postal de entrega del pedido {orderNumber}.";

    public override string ProofRetry => "Necesito el email o el código postal que aparecen en el pedido.";

    public override string NoMatch =>
        "No encuentro ningún pedido con esos datos. Comprueba el número de pedido y el email o código postal.";

    public override string AskProofAgain(string orderNumber) =>
        $"Dime otra vez el email o el código postal de entrega del pedido {orderNumber}. Si el número no era ese, escríbeme el correcto.";

    public override string WhereToFindOrderNumber =>
        "El número de pedido está en el email de confirmación de la compra (búscalo en tu correo, también en spam) y en tu cuenta, en «Mis pedidos». " +
        "Por seguridad no puedo buscar pedidos por email desde aquí; si no lo encuentras, una persona del equipo puede ayudarte.";

    public override string SharedChat =>
        "Por tu privacidad no consulto pedidos en un chat de grupo. Escríbeme en un chat privado conmigo y lo vemos allí.";

    public override string Locked(string orderNumber, TimeSpan remaining) =>
        $"Lo siento: por seguridad no puedo consultar el pedido {orderNumber} en esta conversación durante unos {Minutes(remaining)} minutos, " +
        "porque los datos no han coincidido varias veces.";

    public override string Unavailable => "Lo siento, ahora mismo no puedo consultar los pedidos: nuestro sistema no responde. Puedes intentarlo un poco más tarde.";

    public override string Status(OrderDetails order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var n = order.OrderNumber;
        var shipment = order.Shipment;
        var where = order.Status switch
        {
            OrderStatus.Received => $"Tu pedido {n} del {FormatDay(order.PlacedOn)} está recibido y pendiente de preparar.",
            OrderStatus.Processing => $"Tu pedido {n} del {FormatDay(order.PlacedOn)} se está preparando en nuestro almacén.",
            OrderStatus.Shipped when shipment is not null =>
                $"Tu pedido {n} está en camino: salió el {FormatDay(shipment.ShippedOn)} con {shipment.Carrier} (n.º de seguimiento {shipment.TrackingNumber})."
                + (shipment.EstimatedDelivery is { } eta ? $" Entrega prevista: {FormatDay(eta)}." : string.Empty),
            OrderStatus.Shipped => $"Tu pedido {n} ha salido de nuestro almacén.",
            OrderStatus.Delivered when shipment?.DeliveredOn is { } delivered =>
                $"Tu pedido {n} se entregó el {FormatDay(delivered)} ({shipment.Carrier}, n.º de seguimiento {shipment.TrackingNumber}).",
            OrderStatus.Delivered => $"Tu pedido {n} está entregado.",
            OrderStatus.Cancelled => $"Tu pedido {n} del {FormatDay(order.PlacedOn)} está cancelado.",
            _ => $"Tu pedido {n} se devolvió y está reembolsado.",
        };
        return $"{where} Contiene: {string.Join(", ", order.Lines.Select(l => $"{l.Quantity} × {l.Product}"))}.";
    }

    public override string Late(DateOnly expected, string carrier) =>
        $"Lo siento: tu pedido va con retraso. Tenía que llegar el {FormatDay(expected)} y aún no se ha entregado. " +
        $"En el seguimiento de {carrier} puedes ver si hay algún aviso. Si quieres, una persona del equipo lo reclama al transportista y lo revisa contigo ahora.";

    public override string TrackingTitle(string carrier) => $"Seguimiento de {carrier}";

    public override string TrackButton => "Seguir mi envío";

    public override string ReturnNotDelivered(string orderNumber) =>
        $"Tu pedido {orderNumber} aún no se ha entregado, así que todavía no se puede devolver. Cuando lo recibas, podrás pedir la devolución aquí mismo.";

    public override string ReturnCancelled(string orderNumber) => $"Tu pedido {orderNumber} está cancelado: no hay nada que devolver.";

    public override string ReturnAlreadyReturned(string orderNumber) => $"Tu pedido {orderNumber} ya está devuelto y reembolsado.";

    public override string AskReturnProducts => "¿Qué quieres devolver?";

    public override string WholeOrder => "Todo el pedido";

    public override string AskReturnReason => "¿Por qué quieres devolverlo? Elige un motivo o cuéntamelo con tus palabras.";

    public override string AskReturnReasonDetail => "Cuéntame brevemente el motivo.";

    public override string ReasonRetry => "No te he entendido.";

    public override string ReasonDamaged => "Llegó dañado o no funciona";

    public override string ReasonWrongItem => "No es lo que pedí";

    public override string ReasonSize => "La talla o el tamaño no es el adecuado";

    public override string ReasonNotAsExpected => "No es como esperaba";

    public override string ReasonChangedMind => "He cambiado de opinión";

    public override string ReasonOther => "Otro motivo";

    public override string AskRefundOrExchange => "¿Prefieres que te devolvamos el dinero o que te lo cambiemos?";

    public override string RefundChoice => "Devolución del dinero";

    public override string ExchangeChoice => "Cambio por otro";

    public override string ReturnCreated(string rmaNumber, DateOnly? returnBy, bool hasLabel, bool customerPaysShipping, bool exchange)
    {
        var deadline = returnBy is { } date ? $" Entrega el paquete al transportista antes del {FormatDay(date)}." : string.Empty;
        var how = hasLabel
            ? " Descarga la etiqueta de devolución, imprímela y pégala en el paquete: el envío de vuelta es gratis."
            : customerPaysShipping
                ? " El envío de vuelta corre de tu cuenta: usa el transportista que prefieras y guarda el justificante."
                : " Te enviaremos la etiqueta de devolución por email.";
        return $"Hecho: tu número de devolución es {rmaNumber}.{deadline}{how} Cuando lo recibamos y lo revisemos, {(exchange ? "te enviaremos el cambio" : "te haremos el reembolso")}.";
    }

    public override string LabelButton => "Descargar la etiqueta";

    public override string ReturnOutsideWindow(string orderNumber, DateOnly? windowEnded) =>
        (windowEnded is { } date
            ? $"El plazo para devolver el pedido {orderNumber} terminó el {FormatDay(date)}, así que ya no admite devolución."
            : $"El plazo para devolver el pedido {orderNumber} ya ha terminado.")
        + " Si el producto tiene un defecto, puede seguir en garantía: escribe «garantía» y lo vemos.";

    public override string ReturnAlreadyRequested(string orderNumber, string? rmaNumber) =>
        (rmaNumber is null
            ? $"Ya hay una devolución abierta o hecha para ese producto del pedido {orderNumber}."
            : $"Ya pediste la devolución de ese producto del pedido {orderNumber}: su número es {rmaNumber}.")
        + " Si tienes dudas sobre ella, una persona del equipo puede ayudarte.";

    public override string ReturnNotReturnable =>
        "Ese producto no admite devolución (por ejemplo, artículos personalizados o de higiene desprecintados). Si tiene un defecto, escribe «garantía».";

    public override string AskWarrantyProduct => "¿Qué producto tiene el problema?";

    public override string AskSymptoms(string product) =>
        $"Cuéntame qué le pasa al producto «{product}»: qué falla, desde cuándo y si ha sufrido algún golpe o contacto con líquidos.";

    public override string WarrantyNotDelivered(string orderNumber) =>
        $"Tu pedido {orderNumber} aún no se ha entregado. Si al recibirlo algo falla, podrás reclamar la garantía aquí mismo.";

    public override string WarrantyCreated(string caseNumber, string product) =>
        $"He abierto el caso {caseNumber} para el producto «{product}». El servicio técnico te escribirá por email con los siguientes pasos (recogida o reparación).";

    public override string WarrantyExpired(string product, DateOnly? endedOn) =>
        (endedOn is { } date ? $"La garantía del producto «{product}» terminó el {FormatDay(date)}" : $"La garantía del producto «{product}» ya ha terminado")
        + ", así que no puedo abrir una reclamación en garantía. Nuestro servicio técnico puede hacerte un presupuesto de reparación de pago, o una persona del equipo puede ver otras opciones contigo.";

    public override string WarrantyAlreadyOpen(string product, string? caseNumber) =>
        (caseNumber is null
            ? $"Ya hay un caso de garantía abierto para el producto «{product}»"
            : $"Ya hay un caso de garantía abierto para el producto «{product}»: el {caseNumber}")
        + "; el servicio técnico te irá informando por email.";

    public override string WarrantyUnknownProduct => "Ese producto no aparece en el pedido.";

    public override string InvoiceAttached(string invoiceNumber, string orderNumber) =>
        $"Aquí tienes la factura {invoiceNumber} de tu pedido {orderNumber}, en PDF.";

    public override string InvoiceLink(string invoiceNumber, string orderNumber, Uri downloadUrl) =>
        $"Puedes descargar la factura {invoiceNumber} de tu pedido {orderNumber} aquí: {downloadUrl}";

    public override string DownloadButton => "Descargar la factura";

    public override string InvoiceNotYet(string orderNumber) =>
        $"Tu pedido {orderNumber} todavía no tiene factura emitida. Cuando la tenga, podrás pedírmela aquí.";

    public override string InvoiceCannotSend(string invoiceNumber) =>
        $"La factura {invoiceNumber} existe, pero no puedo enviártela por este chat.";

    public override string InvoiceDownload(string invoiceNumber, string orderNumber) =>
        $"Aquí tienes la factura {invoiceNumber} de tu pedido {orderNumber}: pulsa el botón para descargar el PDF (el enlace caduca en unos minutos).";

    public override string InvoiceNotInTeams(string invoiceNumber) =>
        $"Lo siento, en Teams no puedo adjuntarte el PDF de la factura {invoiceNumber}. Puedes pedírmela en nuestro chat web, o una persona del equipo te la puede enviar por correo.";
}
