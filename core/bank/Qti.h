#pragma once

#include "bank/ItemBank.h"
#include "io/ZipArchive.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace aicet::qti {

// QTI 3.0 (1EdTech Question and Test Interoperability) exchange of a bank's items.
//
// Export: one qti-assessment-item per item and language (QTI items have one language each), the
// item in the bank's default language under the item's id, the others under "<id>.<language>",
// in a package with imsmanifest.xml (resources of type imsqti_item_xmlv3p0) and the items'
// images. The explanation is a qti-modal-feedback that the response processing shows after the
// answer. What QTI cannot hold (dimension, competency, level, themes, status, scoring rule, IRT
// parameters, enemies, typos tolerated, unit) goes into the resource's metadata in the manifest,
// in AICET's own namespace (IMS Content Packaging lets metadata hold other namespaces), where
// other tools ignore it and AICET reads it back. docs/TRAINER.md, "Exchange with QTI 3.0", has
// the whole mapping.
//
// Import: a package (zip) or a single item file, item by item, each imported, imported with
// remarks, or not imported with the reason; nothing left out silently.

// The context is the struct's own name, the one lupdate files its messages under.
struct QtiText
{
    Q_DECLARE_TR_FUNCTIONS(QtiText)
};

/// The QTI 3.0 item namespace.
inline constexpr char kItemNamespace[] = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
/// The namespace of the QTI 3.0 content package's manifest.
inline constexpr char kManifestNamespace[] = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
/// The namespace of AICET's metadata in the manifest.
inline constexpr char kAicetNamespace[] = "urn:x-aicet:qti-metadata:1";
/// The manifest resource type of a QTI 3.0 item.
inline constexpr char kItemResourceType[] = "imsqti_item_xmlv3p0";

struct ExportOptions
{
    QStringList itemIds; ///< the items to export; empty: every item of the bank
    QStringList languages; ///< the languages to export; empty: every language of the bank
};

struct ExportResult
{
    QByteArray package; ///< the zip archive; empty on failure
    int items = 0; ///< bank items exported
    int qtiItems = 0; ///< qti-assessment-item files (one per item and language)
    QString error; ///< why nothing was exported; empty on success

    bool ok() const { return error.isEmpty(); }
};

/// Exports the items of a bank read by loadBank() (their images are read from its folder).
ExportResult exportPackage(const ItemBank &bank, const ExportOptions &options = {});

/// The qti-assessment-item of one item in one language, as exportPackage() writes it (images
/// referenced as "images/<file name>").
QByteArray itemXml(const ItemBank &bank, const BankItem &item, const QString &language);

enum class Outcome : unsigned char { Imported, ImportedWithRemarks, NotImported };

/// What became of one QTI item.
struct ImportEntry
{
    QString file; ///< the item's file (inside the package, or the file given)
    int line = 0; ///< where the item (or the problem) is in that file, 1-based; 0: the whole file
    QString qtiIdentifier; ///< the qti-assessment-item's identifier, or the manifest resource's
    QString itemId; ///< the id in the bank, when imported
    QString type; ///< the AICET item type, when imported
    Outcome outcome = Outcome::NotImported;
    /// Remarks when imported (what was adapted, what to check), reasons when not; each says
    /// where it is in the file when it can ("line 12: …").
    QStringList messages;
};

struct ImportOptions
{
    ItemStatus status = ItemStatus::Draft; ///< draft or pilot: never operational before review
    bool dryRun = false; ///< check and report, write nothing
    /// The competency of items that do not say theirs (AICET metadata); empty: the bank's first.
    QString competency;
    io::ZipLimits zipLimits;
    qint64 maxPackageBytes = 256 * 1024 * 1024; ///< the package (or item file) itself
    qint64 maxXmlBytes = 8 * 1024 * 1024; ///< one manifest or item file
    int maxXmlElements = 200000; ///< elements in one XML file
    int maxXmlDepth = 64; ///< nesting of elements
};

struct ImportResult
{
    /// One entry per QTI item found (a bank item exported in several languages is one entry).
    std::vector<ImportEntry> entries;
    /// Why nothing could be imported at all (the package refused, the bank unreadable, a write
    /// that failed); empty otherwise. Nothing is written when it is set.
    QString error;
    QString itemsFile; ///< the item file written (or that would be, with dryRun), in the bank folder
    QStringList imageFiles; ///< the images written, relative to the bank folder
    /// Messages about the package as a whole (resources that are not items, a missing manifest).
    QStringList notes;

    bool ok() const { return error.isEmpty(); }
    int count(Outcome outcome) const;
};

/// Imports the items of a QTI 3.0 package (a zip with imsmanifest.xml) or of a single
/// qti-assessment-item file into a bank folder: new ids only, written to a new file under items/
/// (and new images under images/), every imported item accepted by loadBank(). Items the loader
/// would refuse are reported, not written. With options.dryRun nothing is written.
ImportResult importPackage(const QString &packagePath, const QString &bankFolder, const ImportOptions &options = {});

/// The YAML of one item in the bank format (question-banks/FORMAT.md), as the importer writes it
/// (indented by two spaces under "items:").
QByteArray itemYaml(const ItemBank &bank, const BankItem &item);

} // namespace aicet::qti
