namespace DentalLab.Web.Features.Compliance;

/// <summary>
/// The words of the statement of conformity, in one place: one entry per language (English default, German
/// shipped). A lab adds its own language by adding an entry here; the setting compliance.statement_language picks it.
/// </summary>
public sealed record StatementWording(
    string Title,
    string Subtitle,
    string Version,
    string Correction,
    string Manufacturer,
    string AuthorisedRepresentative,
    string Registration,
    string Device,
    string CaseNumber,
    string Procedure,
    string Teeth,
    string Shade,
    string Material,
    string ExclusiveUse,
    string Prescriber,
    string Characteristics,
    string MaterialsUsed,
    string MaterialColumn,
    string ManufacturerColumn,
    string LotColumn,
    string NoMaterials,
    string ConformityHeading,
    string Conformity,
    string NotMet,
    string AllMet,
    string SubstancesHeading,
    string NoSubstances,
    string Date,
    string PersonResponsible,
    string Signature,
    string None,
    string Footer)
{
    public static readonly StatementWording English = new(
        Title: "Statement for a custom-made device",
        Subtitle: "According to Annex XIII section 1 of Regulation (EU) 2017/745 on medical devices",
        Version: "Version",
        Correction: "Correction of the previous version",
        Manufacturer: "Manufacturer",
        AuthorisedRepresentative: "Authorised representative",
        Registration: "Registration number",
        Device: "Device",
        CaseNumber: "Case number",
        Procedure: "Procedure",
        Teeth: "Teeth (FDI)",
        Shade: "Shade",
        Material: "Material",
        ExclusiveUse: "This device is intended for the exclusive use of the patient identified by the code {0}.",
        Prescriber: "Prescribed by",
        Characteristics: "Specific characteristics as prescribed",
        MaterialsUsed: "Materials used",
        MaterialColumn: "Material",
        ManufacturerColumn: "Manufacturer",
        LotColumn: "Lot",
        NoMaterials: "No lot-tracked materials were recorded on this case.",
        ConformityHeading: "Conformity with Annex I",
        Conformity: "The device conforms to the general safety and performance requirements set out in Annex I of Regulation (EU) 2017/745.",
        NotMet: "Requirements not fully met, with the reasons:",
        AllMet: "All general safety and performance requirements are fully met.",
        SubstancesHeading: "Medicinal substances, tissues or cells",
        NoSubstances: "The device does not contain or incorporate a medicinal substance, including a human blood or plasma derivative, or tissues or cells of human or animal origin.",
        Date: "Date",
        PersonResponsible: "Person responsible",
        Signature: "Signed",
        None: "—",
        Footer: "Statement for a custom-made device");

    public static readonly StatementWording German = new(
        Title: "Erklärung zu einer Sonderanfertigung",
        Subtitle: "Gemäß Anhang XIII Abschnitt 1 der Verordnung (EU) 2017/745 über Medizinprodukte",
        Version: "Version",
        Correction: "Berichtigung der vorherigen Version",
        Manufacturer: "Hersteller",
        AuthorisedRepresentative: "Bevollmächtigter",
        Registration: "Registriernummer",
        Device: "Produkt",
        CaseNumber: "Auftragsnummer",
        Procedure: "Versorgung",
        Teeth: "Zähne (FDI)",
        Shade: "Farbe",
        Material: "Werkstoff",
        ExclusiveUse: "Dieses Produkt ist ausschließlich für den Patienten mit dem Code {0} bestimmt.",
        Prescriber: "Verordnet von",
        Characteristics: "Besondere Merkmale laut Verordnung",
        MaterialsUsed: "Verwendete Werkstoffe",
        MaterialColumn: "Werkstoff",
        ManufacturerColumn: "Hersteller",
        LotColumn: "Charge",
        NoMaterials: "Für diesen Auftrag wurden keine chargenpflichtigen Werkstoffe erfasst.",
        ConformityHeading: "Konformität mit Anhang I",
        Conformity: "Das Produkt entspricht den in Anhang I der Verordnung (EU) 2017/745 genannten grundlegenden Sicherheits- und Leistungsanforderungen.",
        NotMet: "Nicht vollständig erfüllte Anforderungen, mit Begründung:",
        AllMet: "Alle grundlegenden Sicherheits- und Leistungsanforderungen sind vollständig erfüllt.",
        SubstancesHeading: "Arzneimittel, Gewebe oder Zellen",
        NoSubstances: "Das Produkt enthält keinen Stoff, der als Arzneimittel gilt, einschließlich Derivate aus menschlichem Blut oder Plasma, und keine Gewebe oder Zellen menschlichen oder tierischen Ursprungs.",
        Date: "Datum",
        PersonResponsible: "Verantwortliche Person",
        Signature: "Unterschrift",
        None: "—",
        Footer: "Erklärung zu einer Sonderanfertigung");

    /// <summary>The languages a lab can choose, by code.</summary>
    public static readonly IReadOnlyDictionary<string, StatementWording> ByLanguage = new Dictionary<string, StatementWording>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English,
        ["de"] = German,
    };

    /// <summary>The wording for <paramref name="language"/>, English when the lab chose one that is not here.</summary>
    public static (string Code, StatementWording Wording) For(string? language) =>
        language is not null && ByLanguage.TryGetValue(language.Trim(), out var wording) ? (language.Trim().ToLowerInvariant(), wording) : ("en", English);
}
