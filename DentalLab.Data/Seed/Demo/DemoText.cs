using System.Text.Json;
using DentalLab.Data.Entities;

namespace DentalLab.Data.Seed;

/// <summary>The words of the demo lab: names, notes, reasons, machines.</summary>
internal static class DemoText
{
    public static string JsonArray(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    public static readonly string[] Shades =
        ["A1", "A2", "A2", "A3", "A3", "A3.5", "A4", "B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4", "D2", "D3", "D4", "BL1", "BL2", "BL3", "BL4"];

    public static string[] MaterialsFor(ProcedureType type) => type switch
    {
        ProcedureType.Crown => ["Zirconia (multilayer)", "Lithium disilicate (e.max)", "PFM (CoCr + feldspathic)", "Full-contour zirconia"],
        ProcedureType.Bridge => ["Zirconia (multilayer)", "Full-contour zirconia", "PFM (CoCr + feldspathic)"],
        ProcedureType.Implant => ["Titanium abutment + zirconia crown", "Ti-base + lithium disilicate", "Screw-retained zirconia"],
        ProcedureType.Veneer => ["Lithium disilicate (e.max)", "Feldspathic porcelain"],
        ProcedureType.Inlay or ProcedureType.Onlay => ["Lithium disilicate (e.max)", "Composite (nanohybrid)", "Gold alloy"],
        ProcedureType.Denture => ["PMMA acrylic", "High-impact acrylic"],
        ProcedureType.PartialDenture => ["CoCr framework + acrylic", "Flexible nylon (Valplast)"],
        ProcedureType.NightGuard => ["Hard PMMA", "Dual-laminate thermoplastic"],
        ProcedureType.Aligner => ["PETG 0.75 mm", "Polyurethane 0.76 mm"],
        _ => ["PMMA", "Zirconia", "Composite"],
    };

    // Enough names that a ten-year lab's patients are mostly told apart by name (64 × 154 full names): a name search
    // finds a few dozen cases of a million, a surname alone a few thousand, as in a real lab's files.
    public static readonly string[] PatientFirstNames =
    [
        "Maria", "Jan", "Zoë", "Łukasz", "Søren", "Aiko", "Fatima", "Björn", "Chloé", "Mehmet", "Olga", "Diego", "Nora", "Kenji", "Ewa", "Liam",
        "Anna", "Piotr", "Katarzyna", "Tomasz", "Agnieszka", "Lukas", "Sophie", "Felix", "Hannah", "Ingrid", "Lars", "Sigrid", "Yuki", "Haruto",
        "Sakura", "Camille", "Louis", "Élodie", "Mathis", "Lucía", "Javier", "Carmen", "Pablo", "Tereza", "Jakub", "Freja", "Mads", "Aoife",
        "Ciarán", "Siobhán", "Giulia", "Marco", "Francesca", "Elif", "Emre", "Zeynep", "João", "Ana", "Beatriz", "Astrid", "Erik", "Emma",
        "Oliver", "Grace", "Noah", "Amara", "Priya", "Omar",
    ];

    public static readonly string[] PatientLastNames =
    [
        "Kowalski", "Müller", "Ødegaard", "Tanaka", "Dubois", "García", "Novák", "Jensen", "O'Brien", "Rossi", "Yılmaz", "Silva", "Andersson", "Smith",
        "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
        "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder",
        "Hansen", "Johansen", "Olsen", "Larsen", "Pedersen", "Nilsen", "Kristiansen", "Haugen", "Bakke", "Lund",
        "Sato", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida",
        "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Leroy", "Moreau", "Laurent", "Lefèvre", "Girard",
        "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Hernández", "Díaz", "Moreno",
        "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák",
        "Nielsen", "Rasmussen", "Christensen", "Sørensen", "Møller", "Madsen",
        "Murphy", "Kelly", "Walsh", "Byrne", "Ryan", "O'Sullivan", "Doyle", "McCarthy", "Gallagher", "Quinn",
        "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca",
        "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan",
        "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Almeida", "Carvalho",
        "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lindberg",
        "Jones", "Williams", "Brown", "Taylor", "Davies", "Evans", "Wilson", "Johnson", "Roberts", "Wright", "Thompson", "Walker",
    ];

    public static readonly string[] Instructions =
    [
        "Please match the adjacent central; photo with shade tab attached.",
        "Light occlusal contact only — bruxer.",
        "Margin is subgingival on the buccal; please mark it on the die.",
        "Patient wants a natural look, slight translucency at the incisal edge.",
        "Rush: patient travelling next week.",
        "Screw-retained if possible, angled screw channel OK.",
        "Please return the models with the case.",
        "Minimal prep veneer, keep thickness at 0.5 mm where possible.",
        "Existing partial on the opposing arch — check occlusion on the articulator.",
    ];

    public static readonly string[] InternalNotes =
    [
        "Scan margin unclear on the distal — asked the practice for a new scan.",
        "Design approved by the senior designer.",
        "Connector height at minimum for zirconia; flagged for QC.",
        "Milling restarted after a tool break; disc still usable.",
        "Sintering cycle extended for the large bridge.",
        "Shade tab photo received, going with the body shade plus incisal effect.",
        "Articulated on the bite registration, vertical dimension checked.",
    ];

    public static readonly string[] DentistNotes =
    [
        "Your case is on schedule; we will ship on the due date.",
        "We received your scans — thank you. Design starts today.",
        "Please confirm the shade: the photo suggests A3 rather than A2.",
        "Case shipped with tracking; models returned in the box.",
        "We need a clearer bite registration to continue; production paused until then.",
    ];

    public static readonly string[] HoldReasons =
    [
        "Waiting for a new bite registration from the practice.",
        "Shade confirmation requested from the dentist.",
        "Payment on account overdue: manager review.",
        "Patient postponed the seating appointment.",
    ];

    public static readonly string[] BlockReasons =
    [
        "Mill 2 is down: waiting for the service engineer.",
        "Zirconia disc in this shade out of stock; delivery tomorrow.",
        "Scan file corrupt, re-upload requested.",
        "Implant library for this system missing in CAD.",
    ];

    public static readonly string[] CancelReasons =
    [
        "Patient cancelled the treatment.",
        "Duplicate case: sent twice by the practice.",
        "Dentist chose a different treatment plan.",
        "Impression unusable and the patient declined a new one.",
    ];

    public static readonly string[] QcFailReasons =
    [
        "Open margin on the distal; remill required.",
        "Shade too high in value compared with the prescription.",
        "Contact point too light on the mesial.",
        "Connector crack found under magnification.",
        "Occlusion high on the articulator; redesign needed.",
    ];

    public static readonly string[] RemakeReasons =
    [
        "Poor fit at try-in: rocking on the abutment.",
        "Shade mismatch reported by the dentist.",
        "Fracture at the connector after seating.",
        "Open contact with the adjacent tooth.",
        "Patient changed the shade choice after try-in.",
        "New impression after extraction of the abutment tooth.",
    ];

    public static readonly string[] ReviewStrengths =
    [
        "Precise, careful work; very few QC returns.",
        "Fast and calm under rush workload.",
        "Great with dentists on the phone; explains options clearly.",
        "Keeps the machines in excellent condition.",
    ];

    public static readonly string[] ReviewImprovements =
    [
        "Document deviations in case notes more consistently.",
        "Share knowledge with newer team members.",
        "Plan furnace loads to reduce idle time.",
        "Follow the checklist on every case, even rush ones.",
    ];

    public static readonly string[] ReviewGoals =
    [
        "Complete the advanced layering course.",
        "Lead the implant design workflow.",
        "Cut QC returns below 2%.",
        "Train as back-up for the milling department.",
    ];

    public static readonly string[] ApplicationMessages =
    [
        "We are a three-chair practice looking for a reliable digital lab.",
        "Interested in your zirconia and implant work; we scan with iTero.",
        "Recommended by a colleague. We send about ten crowns a month.",
        "Looking for a lab with a live case portal.",
    ];

    public static readonly (string Practice, string Name, string Email, string City, string Country, string Reason)[] RejectedApplications =
    [
        ("Quick Smile Express", "Dr. Kevin Hart", "kevin@quicksmile.test", "Chicago", "United States",
            "Licence number could not be verified with the state board."),
        ("Dentalpraxis Neumann", "Dr. Petra Neumann", "praxis@neumann-zahn.test", "Köln", "Germany",
            "Outside our delivery area; we suggested a partner lab in Köln."),
    ];

    public static readonly (string Practice, string Name, string Email, string City, string Country)[] PendingApplications =
    [
        ("Clinique Dentaire Gagné", "Dr. Amélie Gagné", "Amelie.Gagne@clinique-gagne.test", "Montréal", "Canada"),
        ("Nordic Smiles", "Dr. Mikko Järvinen", "mikko@nordicsmiles.test", "Helsinki", "Finland"),
        ("Sakura Dental", "Dr. 佐藤 花子", "hanako@sakura-dental.test", "大阪", "Japan"),
    ];

    public static readonly (string Department, string Name, string Model, string Maker, EquipmentStatus Status, decimal Cost)[] Equipment =
    [
        ("SCAN", "Lab scanner 1", "E4", "3Shape", EquipmentStatus.Active, 24_500m),
        ("SCAN", "Lab scanner 2", "T710", "Medit", EquipmentStatus.Maintenance, 14_900m),
        ("SCAN", "Model printer", "Form 3B+", "Formlabs", EquipmentStatus.Active, 6_200m),
        ("MILL", "5-axis mill 1", "CORiTEC 350i Loader", "imes-icore", EquipmentStatus.Active, 68_000m),
        ("MILL", "5-axis mill 2", "DWX-52DCi", "Roland DG", EquipmentStatus.Broken, 31_000m),
        ("MILL", "Wet mill", "Ceramill Motion 3", "Amann Girrbach", EquipmentStatus.Active, 54_000m),
        ("MILL", "Old 4-axis mill", "DWX-50", "Roland DG", EquipmentStatus.Decommissioned, 19_000m),
        ("CERA", "Sintering furnace", "Austromat 674", "Dekema", EquipmentStatus.Active, 17_800m),
        ("CERA", "Ceramic furnace", "Programat CS6", "Ivoclar", EquipmentStatus.Active, 9_400m),
        ("CERA", "Speed sintering furnace", "Zyrcomat 6100 MS", "VITA", EquipmentStatus.Maintenance, 15_600m),
        ("QCD", "Stereo microscope", "Stemi 305", "Zeiss", EquipmentStatus.Active, 2_900m),
        ("QCD", "Shade matching light box", "Rite-Lite 3", "AdDent", EquipmentStatus.Inactive, 450m),
    ];
}
