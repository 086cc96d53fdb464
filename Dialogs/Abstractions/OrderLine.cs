namespace SupportBot.Dialogs.Abstractions;

/// <summary>One product line of an order.</summary>
/// <param name="Sku">Product code.</param>
/// <param name="Product">Product name, as the shop names it.</param>
/// <param name="Quantity">Units.</param>
/// <param name="UnitPrice">Price per unit, tax included.</param>
/// <param name="WarrantyMonths">The product's warranty (the EU legal guarantee is 36 months for goods bought from 2022).</param>
/// <param name="Returnable">False for products the shop never takes back (unsealed hygiene goods, personalised items),
/// so the customer hears it before being asked why; the shop's answer to the return still decides.</param>
public sealed record OrderLine(string Sku, string Product, int Quantity, decimal UnitPrice, int WarrantyMonths, bool Returnable = true);
