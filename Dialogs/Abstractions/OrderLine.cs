namespace SupportBot.Dialogs.Abstractions;

/// <summary>One product line of an order.</summary>
/// <param name="Sku">Product code.</param>
/// <param name="Product">Product name, as the shop names it.</param>
/// <param name="Quantity">Units.</param>
/// <param name="UnitPrice">Price per unit, tax included.</param>
/// <param name="WarrantyMonths">The product's warranty (the EU legal guarantee is 36 months for goods bought from 2022).</param>
public sealed record OrderLine(string Sku, string Product, int Quantity, decimal UnitPrice, int WarrantyMonths);
