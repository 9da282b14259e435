<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AnswerWidget</name>
    <message>
        <source>Tick every right answer.</source>
        <translation>Coche toutes les bonnes réponses.</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Choisis une seule réponse.</translation>
    </message>
    <message>
        <source>A.  True</source>
        <translation>A.  Vrai</translation>
    </message>
    <message>
        <source>B.  False</source>
        <translation>B.  Faux</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>True, or false?</source>
        <translation>Vrai ou faux&#xa0;?</translation>
    </message>
    <message>
        <source>Elements to put in order</source>
        <translation>Éléments à mettre dans l’ordre</translation>
    </message>
    <message>
        <source>Select an element, then move it up or down with the buttons or with Alt and the arrow keys.</source>
        <translation>Sélectionne un élément, puis monte-le ou descends-le avec les boutons, ou avec Alt et les flèches.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Flèche haut</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Flèche bas</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>Choose the answer that goes with this one.</source>
        <translation>Choisis la réponse qui va avec celle-ci.</translation>
    </message>
    <message>
        <source>Your answer (a number)</source>
        <translation>Ta réponse (un nombre)</translation>
    </message>
    <message>
        <source>Your answer (a word or a few words)</source>
        <translation>Ta réponse (un mot ou quelques mots)</translation>
    </message>
    <message>
        <source>Tick at least one answer, then confirm.</source>
        <translation>Coche au moins une réponse, puis confirme.</translation>
    </message>
    <message>
        <source>Choose an answer, then confirm.</source>
        <translation>Choisis une réponse, puis confirme.</translation>
    </message>
    <message>
        <source>Choose True or False, then confirm.</source>
        <translation>Choisis Vrai ou Faux, puis confirme.</translation>
    </message>
    <message>
        <source>Position %1: %2</source>
        <translation>Position %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Choose an answer in every list (%n still to choose), then confirm.</source>
        <translation>
            <numerusform>Choisis une réponse dans chaque liste (encore %n à choisir), puis confirme.</numerusform>
            <numerusform>Choisis une réponse dans chaque liste (encore %n à choisir), puis confirme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a number, then confirm.</source>
        <translation>Tape un nombre, puis confirme.</translation>
    </message>
    <message>
        <source>Type your answer, then confirm.</source>
        <translation>Tape ta réponse, puis confirme.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Type a number, for example %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre. Tape un nombre, par exemple %2.</translation>
    </message>
</context>
<context>
    <name>BankCatalog</name>
    <message>
        <source>the question bank %1 cannot be read</source>
        <translation>la banque de questions %1 ne peut pas être lue</translation>
    </message>
    <message>
        <source>the question bank %1 cannot be used: %2</source>
        <translation>la banque de questions %1 ne peut pas être utilisée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the question bank %1 has changed since the sitting was created (content hash %2, expected %3)</source>
        <translation>la banque de questions %1 a changé depuis la création de la session (empreinte du contenu %2, attendue&#xa0;: %3)</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>the release kept in the database cannot be read again (content %1)</source>
        <translation>la version gardée dans la base de données ne peut pas être relue (contenu %1)</translation>
    </message>
</context>
<context>
    <name>BankFileEdits</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: cannot be read: %4</source>
        <translation>%1:%2:%3&#xa0;: illisible&#xa0;: %4</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: cannot be copied to check the bank</source>
        <translation>%1&#xa0;: impossible de le copier pour vérifier la banque</translation>
    </message>
    <message>
        <source>%1: item &quot;%2&quot;: nothing to change</source>
        <translation>%1&#xa0;: item «&#xa0;%2&#xa0;»&#xa0;: rien à modifier</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation>item «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3 has no value to change</source>
        <translation>%1:%2&#xa0;: %3 n’a pas de valeur à modifier</translation>
    </message>
    <message>
        <source>%1:%2: the end of %3 cannot be found</source>
        <translation>%1:%2&#xa0;: la fin de %3 est introuvable</translation>
    </message>
    <message>
        <source>%1: there is no %2 to change</source>
        <translation>%1&#xa0;: il n’y a pas de %2 à modifier</translation>
    </message>
    <message>
        <source>%1:%2: the end of the mapping holding %3 cannot be found</source>
        <translation>%1:%2&#xa0;: la fin du bloc qui contient %3 est introuvable</translation>
    </message>
    <message>
        <source>%1:%2: %3 cannot be changed in place here (the file would read differently); change it in an editor</source>
        <translation>%1:%2&#xa0;: %3 ne peut pas être modifié ici sur place (le fichier se lirait autrement)&#xa0;; modifiez-le dans un éditeur</translation>
    </message>
    <message>
        <source>%1: more than 256 MiB of files: too large to check</source>
        <translation>%1&#xa0;: plus de 256 Mio de fichiers&#xa0;: trop grand pour être vérifié</translation>
    </message>
    <message>
        <source>%1 was changed by another program since AICET read it: nothing written (read the bank again)</source>
        <translation>%1 a été modifié par un autre programme depuis qu’AICET l’a lu&#xa0;: rien n’est écrit (relisez la banque)</translation>
    </message>
    <message>
        <source>already replaced: %1</source>
        <translation>déjà remplacés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 is not a list that can be changed here</source>
        <translation>%1&#xa0;: %2 n’est pas une liste qui peut être modifiée ici</translation>
    </message>
    <message>
        <source>%1: %2 keeps at least one entry</source>
        <translation>%1&#xa0;: %2 garde au moins une entrée</translation>
    </message>
    <message>
        <source>%1: %2 has no entry &quot;%3&quot;</source>
        <translation>%1&#xa0;: %2 n’a pas d’entrée «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1:%2: the entry &quot;%3&quot; of %4 does not start its line; remove it in an editor</source>
        <translation>%1:%2&#xa0;: l’entrée «&#xa0;%3&#xa0;» de %4 ne commence pas sa ligne&#xa0;; retirez-la dans un éditeur</translation>
    </message>
</context>
<context>
    <name>BankReleases</name>
    <message>
        <source>%1: more than %2 files; a bank&apos;s release keeps at most that many</source>
        <translation>%1&#xa0;: plus de %2 fichiers&#xa0;; une version de banque en garde au plus autant</translation>
    </message>
    <message>
        <source>%1: more than %2 MiB of files; a bank&apos;s release keeps at most that much</source>
        <translation>%1&#xa0;: plus de %2 Mio de fichiers&#xa0;; une version de banque en garde au plus autant</translation>
    </message>
    <message>
        <source>a release&apos;s file has the path &quot;%1&quot;, outside its folder: refused</source>
        <translation>un fichier de la version a le chemin «&#xa0;%1&#xa0;», hors de son dossier&#xa0;: refusé</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
    <message>
        <source>the bank %1 has no folder to keep</source>
        <translation>la banque %1 n’a pas de dossier à garder</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>the bank&apos;s folder %1 changed while its release was being kept: try again</source>
        <translation>le dossier de la banque %1 a changé pendant qu’on gardait sa version&#xa0;: réessayez</translation>
    </message>
</context>
<context>
    <name>BankText</name>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (vouliez-vous dire «&#xa0;%1&#xa0;»&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: keys must be plain names</source>
        <translation>%1&#xa0;: les clés doivent être des noms simples</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is given twice</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est indiqué deux fois</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;%3</source>
        <translation>%1&#xa0;: champ «&#xa0;%2&#xa0;» inconnu%3</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>champ «&#xa0;%1&#xa0;» manquant</translation>
    </message>
    <message>
        <source>%1: missing field &quot;%2&quot;</source>
        <translation>%1&#xa0;: champ «&#xa0;%2&#xa0;» manquant</translation>
    </message>
    <message>
        <source>%1 must be a non-empty text, not %2</source>
        <translation>%1&#xa0;: texte non vide attendu, pas %2</translation>
    </message>
    <message>
        <source>an empty text</source>
        <translation>un texte vide</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1 «&#xa0;%2&#xa0;» invalide&#xa0;: il faut de 1 à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;», en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2</source>
        <translation>%1&#xa0;: nombre attendu, pas %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1&#xa0;: nombre entier attendu, pas %2</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4)</source>
        <translation>%1&#xa0;: valeur attendue entre %2 et %3 (reçu %4)</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1&#xa0;: true ou false attendu, pas %2</translation>
    </message>
    <message>
        <source>%1 must give a text per language (%2), not %3</source>
        <translation>%1&#xa0;: un texte par langue attendu (%2), pas %3</translation>
    </message>
    <message>
        <source>%1 (%2) must be a non-empty text</source>
        <translation>%1 (%2)&#xa0;: texte non vide attendu</translation>
    </message>
    <message>
        <source>%1: the &quot;%2&quot; text is missing</source>
        <translation>%1&#xa0;: le texte «&#xa0;%2&#xa0;» manque</translation>
    </message>
    <message>
        <source>%1 must be a list, not %2</source>
        <translation>%1&#xa0;: liste attendue, pas %2</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation>item «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>framework must be a mapping with &quot;dimensions&quot;</source>
        <translation>framework doit être un dictionnaire contenant «&#xa0;dimensions&#xa0;»</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>framework</translation>
    </message>
    <message>
        <source>framework.dimensions must be a non-empty list</source>
        <translation>framework.dimensions doit être une liste non vide</translation>
    </message>
    <message>
        <source>a dimension must be a mapping with id, name and competencies</source>
        <translation>une dimension doit être un dictionnaire avec id, name et competencies</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>dimension</translation>
    </message>
    <message>
        <source>dimension id</source>
        <translation>identifiant de dimension</translation>
    </message>
    <message>
        <source>dimension %1</source>
        <translation>dimension %1</translation>
    </message>
    <message>
        <source>dimension %1: name</source>
        <translation>dimension %1&#xa0;: name</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; is defined twice</source>
        <translation>la dimension «&#xa0;%1&#xa0;» est définie deux fois</translation>
    </message>
    <message>
        <source>dimension %1: competencies must be a non-empty list</source>
        <translation>dimension %1&#xa0;: competencies doit être une liste non vide</translation>
    </message>
    <message>
        <source>a competency must be a mapping with id, name and level</source>
        <translation>une compétence doit être un dictionnaire avec id, name et level</translation>
    </message>
    <message>
        <source>competency</source>
        <translation>compétence</translation>
    </message>
    <message>
        <source>competency id</source>
        <translation>identifiant de compétence</translation>
    </message>
    <message>
        <source>competency %1</source>
        <translation>compétence %1</translation>
    </message>
    <message>
        <source>competency %1: name</source>
        <translation>compétence %1&#xa0;: name</translation>
    </message>
    <message>
        <source>competency level</source>
        <translation>niveau de la compétence</translation>
    </message>
    <message>
        <source>competency &quot;%1&quot; is defined twice</source>
        <translation>la compétence «&#xa0;%1&#xa0;» est définie deux fois</translation>
    </message>
    <message>
        <source>levels must be a non-empty list, lowest first</source>
        <translation>levels doit être une liste non vide, du plus bas au plus haut niveau</translation>
    </message>
    <message>
        <source>a level must be a mapping with id, name, description and from</source>
        <translation>un niveau doit être un dictionnaire avec id, name, description et from</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>level id</source>
        <translation>identifiant de niveau</translation>
    </message>
    <message>
        <source>level &quot;%1&quot; is defined twice</source>
        <translation>le niveau «&#xa0;%1&#xa0;» est défini deux fois</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>level %1: name</source>
        <translation>niveau %1&#xa0;: name</translation>
    </message>
    <message>
        <source>level %1: description</source>
        <translation>niveau %1&#xa0;: description</translation>
    </message>
    <message>
        <source>the first level starts at the bottom of the scale: remove &quot;from&quot;</source>
        <translation>le premier niveau commence en bas de l’échelle&#xa0;: supprimez «&#xa0;from&#xa0;»</translation>
    </message>
    <message>
        <source>level %1: missing field &quot;from&quot; (its lowest theta)</source>
        <translation>niveau %1&#xa0;: champ «&#xa0;from&#xa0;» manquant (son theta le plus bas)</translation>
    </message>
    <message>
        <source>level %1: from</source>
        <translation>niveau %1&#xa0;: from</translation>
    </message>
    <message>
        <source>levels must be listed lowest first: %1 starts at %2, not above the previous level</source>
        <translation>les niveaux doivent être listés du plus bas au plus haut&#xa0;: %1 commence à %2, pas au-dessus du niveau précédent</translation>
    </message>
    <message>
        <source>reporting must be a mapping</source>
        <translation>reporting doit être un dictionnaire</translation>
    </message>
    <message>
        <source>reporting</source>
        <translation>reporting</translation>
    </message>
    <message>
        <source>reporting.%1 must be above 0 and at most %2</source>
        <translation>reporting.%1 doit être supérieur à 0 et au plus égal à %2</translation>
    </message>
    <message>
        <source>reporting.scale_mean</source>
        <translation>reporting.scale_mean</translation>
    </message>
    <message>
        <source>test.grid must be a mapping with lower, upper and nodes</source>
        <translation>test.grid doit être un dictionnaire avec lower, upper et nodes</translation>
    </message>
    <message>
        <source>test.grid</source>
        <translation>test.grid</translation>
    </message>
    <message>
        <source>test.grid.lower</source>
        <translation>test.grid.lower</translation>
    </message>
    <message>
        <source>test.grid.upper</source>
        <translation>test.grid.upper</translation>
    </message>
    <message>
        <source>test.grid.nodes</source>
        <translation>test.grid.nodes</translation>
    </message>
    <message>
        <source>test.range must be a mapping with lower and upper</source>
        <translation>test.range doit être un dictionnaire avec lower et upper</translation>
    </message>
    <message>
        <source>test.range</source>
        <translation>test.range</translation>
    </message>
    <message>
        <source>test.range.lower</source>
        <translation>test.range.lower</translation>
    </message>
    <message>
        <source>test.range.upper</source>
        <translation>test.range.upper</translation>
    </message>
    <message>
        <source>test.prior must be a mapping with mean and sd</source>
        <translation>test.prior doit être un dictionnaire avec mean et sd</translation>
    </message>
    <message>
        <source>test.prior</source>
        <translation>test.prior</translation>
    </message>
    <message>
        <source>test.prior.mean</source>
        <translation>test.prior.mean</translation>
    </message>
    <message>
        <source>test.prior.sd</source>
        <translation>test.prior.sd</translation>
    </message>
    <message>
        <source>test must be a mapping of test settings</source>
        <translation>test doit être un dictionnaire de paramètres du test</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>test.min_items</source>
        <translation>test.min_items</translation>
    </message>
    <message>
        <source>test.max_items</source>
        <translation>test.max_items</translation>
    </message>
    <message>
        <source>test.se_target</source>
        <translation>test.se_target</translation>
    </message>
    <message>
        <source>test.time_limit_minutes</source>
        <translation>test.time_limit_minutes</translation>
    </message>
    <message>
        <source>test.classification_confidence</source>
        <translation>test.classification_confidence</translation>
    </message>
    <message>
        <source>test.selection: unknown rule &quot;%1&quot; (mfi, bopt, mlwi or mpwi)%2</source>
        <translation>test.selection&#xa0;: règle «&#xa0;%1&#xa0;» inconnue (mfi, bopt, mlwi ou mpwi)%2</translation>
    </message>
    <message>
        <source>test.%1: unknown estimator &quot;%2&quot; (ml, map, eap or wle)</source>
        <translation>test.%1&#xa0;: estimateur «&#xa0;%2&#xa0;» inconnu (ml, map, eap ou wle)</translation>
    </message>
    <message>
        <source>test.start_theta</source>
        <translation>test.start_theta</translation>
    </message>
    <message>
        <source>test.randomesque</source>
        <translation>test.randomesque</translation>
    </message>
    <message>
        <source>test.sympson_hetter</source>
        <translation>test.sympson_hetter</translation>
    </message>
    <message>
        <source>test.content_targets must map dimension ids to proportions</source>
        <translation>test.content_targets doit associer des identifiants de dimension à des proportions</translation>
    </message>
    <message>
        <source>test.content_targets: no dimension &quot;%1&quot;%2</source>
        <translation>test.content_targets&#xa0;: aucune dimension «&#xa0;%1&#xa0;»%2</translation>
    </message>
    <message>
        <source>test.content_targets.%1</source>
        <translation>test.content_targets.%1</translation>
    </message>
    <message>
        <source>test.pilot_positions must be a list of positions</source>
        <translation>test.pilot_positions doit être une liste de positions</translation>
    </message>
    <message>
        <source>a pilot position</source>
        <translation>une position de question pilote</translation>
    </message>
    <message>
        <source>bank.yaml must be a mapping of bank settings, not %1</source>
        <translation>bank.yaml doit être un dictionnaire des paramètres de la banque, pas %1</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>banque</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>format %1 is not known to this version of AICET (it reads format %2)</source>
        <translation>le format %1 est inconnu de cette version d’AICET (elle lit le format %2)</translation>
    </message>
    <message>
        <source>bank id</source>
        <translation>identifiant de banque</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>languages</translation>
    </message>
    <message>
        <source>languages must list at least one language code, such as fr</source>
        <translation>languages doit lister au moins un code de langue, par exemple fr</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as fr, en or pt-BR</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue comme fr, en ou pt-BR</translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is listed twice</source>
        <translation>la langue «&#xa0;%1&#xa0;» est listée deux fois</translation>
    </message>
    <message>
        <source>default_language</source>
        <translation>default_language</translation>
    </message>
    <message>
        <source>default_language &quot;%1&quot; is not one of the bank&apos;s languages (%2)</source>
        <translation>default_language «&#xa0;%1&#xa0;» ne fait pas partie des langues de la banque (%2)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>authority</translation>
    </message>
    <message>
        <source>purpose must be assessment or simulation, not &quot;%1&quot;</source>
        <translation>purpose doit valoir assessment ou simulation, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>irt must be a mapping with scaling_constant and parameters</source>
        <translation>irt doit être un dictionnaire avec scaling_constant et parameters</translation>
    </message>
    <message>
        <source>irt</source>
        <translation>irt</translation>
    </message>
    <message>
        <source>irt.scaling_constant</source>
        <translation>irt.scaling_constant</translation>
    </message>
    <message>
        <source>irt.scaling_constant must be above 0 (1 for the logistic metric, 1.702 for the normal-ogive one)</source>
        <translation>irt.scaling_constant doit être supérieur à 0 (1 pour la métrique logistique, 1.702 pour la métrique de l’ogive normale)</translation>
    </message>
    <message>
        <source>irt.parameters must be provisional or calibrated, not &quot;%1&quot;</source>
        <translation>irt.parameters doit valoir provisional ou calibrated, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>themes must be a list</source>
        <translation>themes doit être une liste</translation>
    </message>
    <message>
        <source>a theme must be a mapping with id and name</source>
        <translation>un thème doit être un dictionnaire avec id et name</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>theme id</source>
        <translation>identifiant de thème</translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation>thème %1</translation>
    </message>
    <message>
        <source>theme %1: name</source>
        <translation>thème %1&#xa0;: name</translation>
    </message>
    <message>
        <source>%1 must be a list of {id, text}, not %2</source>
        <translation>%1 doit être une liste de {id, text}, pas %2</translation>
    </message>
    <message>
        <source>%1 needs between %2 and %3 entries (has %4)</source>
        <translation>%1 demande entre %2 et %3 entrées (il y en a %4)</translation>
    </message>
    <message>
        <source>each entry of %1 must be a mapping {id, text}</source>
        <translation>chaque entrée de %1 doit être un dictionnaire {id, text}</translation>
    </message>
    <message>
        <source>%1 id</source>
        <translation>%1&#xa0;: id</translation>
    </message>
    <message>
        <source>%1: id &quot;%2&quot; is used twice</source>
        <translation>%1&#xa0;: l’id «&#xa0;%2&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the answer names %1 &quot;%2&quot;, which is not among %3%4</source>
        <translation>answer&#xa0;: %1 «&#xa0;%2&#xa0;» ne fait pas partie de la liste (%3)%4</translation>
    </message>
    <message>
        <source>stem</source>
        <translation>stem</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>explanation</translation>
    </message>
    <message>
        <source>shuffle</source>
        <translation>shuffle</translation>
    </message>
    <message>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <source>answer must be the id of the right option, not %1</source>
        <translation>answer doit être l’id de la bonne option, pas %1</translation>
    </message>
    <message>
        <source>the answer lists option &quot;%1&quot; twice</source>
        <translation>answer cite deux fois l’option «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>every option is right: the item cannot tell pupils apart</source>
        <translation>toutes les options sont justes&#xa0;: l’item ne permet pas de distinguer les élèves</translation>
    </message>
    <message>
        <source>answer must be the list of the right options&apos; ids</source>
        <translation>answer doit être la liste des id des bonnes options</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>the order lists element &quot;%1&quot; twice</source>
        <translation>l’ordre cite deux fois l’élément «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>element</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>the order leaves out element &quot;%1&quot;: it must list every element once</source>
        <translation>l’ordre oublie l’élément «&#xa0;%1&#xa0;»&#xa0;: il doit citer chaque élément une fois</translation>
    </message>
    <message>
        <source>answer must list the element ids in the right order</source>
        <translation>answer doit lister les id des éléments dans le bon ordre</translation>
    </message>
    <message>
        <source>fewer responses than premises: some responses must be used twice</source>
        <translation>moins de réponses que de prémisses&#xa0;: certaines réponses doivent servir deux fois</translation>
    </message>
    <message>
        <source>the answer pairs premise &quot;%1&quot; twice</source>
        <translation>answer associe deux fois la prémisse «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>premise</source>
        <translation>prémisse</translation>
    </message>
    <message>
        <source>response</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>the answer does not pair premise &quot;%1&quot;: every premise needs its response</source>
        <translation>answer n’associe pas la prémisse «&#xa0;%1&#xa0;»&#xa0;: chaque prémisse doit avoir sa réponse</translation>
    </message>
    <message>
        <source>answer must map each premise id to its response id</source>
        <translation>answer doit associer l’id de chaque prémisse à l’id de sa réponse</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>tolerance</translation>
    </message>
    <message>
        <source>tolerance must not be negative</source>
        <translation>tolerance ne doit pas être négatif</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>short_text items list their answers under &quot;accepted&quot;, per language</source>
        <translation>les items short_text listent leurs réponses sous «&#xa0;accepted&#xa0;», par langue</translation>
    </message>
    <message>
        <source>accepted must map each language to a list of accepted answers</source>
        <translation>accepted doit associer à chaque langue une liste de réponses acceptées</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>accepted: the &quot;%1&quot; answers are missing</source>
        <translation>accepted&#xa0;: les réponses «&#xa0;%1&#xa0;» manquent</translation>
    </message>
    <message>
        <source>accepted (%1)</source>
        <translation>accepted (%1)</translation>
    </message>
    <message>
        <source>accepted (%1) needs at least one answer</source>
        <translation>accepted (%1) demande au moins une réponse</translation>
    </message>
    <message>
        <source>max_edits</source>
        <translation>max_edits</translation>
    </message>
    <message>
        <source>image must be a mapping with file and alt</source>
        <translation>image doit être un dictionnaire avec file et alt</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>image.file</source>
        <translation>image.file</translation>
    </message>
    <message>
        <source>image (an alternative text is required for pupils who cannot see it)</source>
        <translation>image (un texte alternatif est obligatoire pour les élèves qui ne peuvent pas la voir)</translation>
    </message>
    <message>
        <source>image.alt</source>
        <translation>image.alt</translation>
    </message>
    <message>
        <source>irt must be a mapping such as {model: 2PL, a: 1.2, b: -0.5}</source>
        <translation>irt doit être un dictionnaire comme {model: 2PL, a: 1.2, b: -0.5}</translation>
    </message>
    <message>
        <source>irt.model &quot;%1&quot; is not one of %2%3</source>
        <translation>irt.model «&#xa0;%1&#xa0;» ne fait pas partie de %2%3</translation>
    </message>
    <message>
        <source>irt: the %1 model needs &quot;%2&quot;</source>
        <translation>irt&#xa0;: le modèle %1 demande «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>irt: &quot;%1&quot; is not a parameter of the %2 model%3</source>
        <translation>irt&#xa0;: «&#xa0;%1&#xa0;» n’est pas un paramètre du modèle %2%3</translation>
    </message>
    <message>
        <source> (use 3PL for a guessing parameter)</source>
        <translation> (utilisez 3PL pour un paramètre de pseudo-chance)</translation>
    </message>
    <message>
        <source> (use 4PL for an upper asymptote)</source>
        <translation> (utilisez 4PL pour une asymptote supérieure)</translation>
    </message>
    <message>
        <source>irt: the %1 model needs &quot;b&quot;, the list of step parameters, one per score above 0</source>
        <translation>irt&#xa0;: le modèle %1 demande «&#xa0;b&#xa0;», la liste des paramètres de seuil, un par score au-dessus de 0</translation>
    </message>
    <message>
        <source>irt.b step</source>
        <translation>seuil de irt.b</translation>
    </message>
    <message>
        <source>irt: %1</source>
        <translation>irt&#xa0;: %1</translation>
    </message>
    <message>
        <source>irt: a %1 item is scored right or wrong, but this item&apos;s scoring gives scores 0 to %2: use GPCM or GRM with %2 steps, or all-or-nothing scoring</source>
        <translation>irt&#xa0;: un item %1 est noté juste ou faux, mais la notation de cet item donne des scores de 0 à %2&#xa0;: utilisez GPCM ou GRM avec %2 seuils, ou une notation tout ou rien</translation>
    </message>
    <message>
        <source>irt: %1 with %2 steps gives scores 0 to %2, but this item&apos;s scoring gives scores 0 to %3</source>
        <translation>irt&#xa0;: %1 avec %2 seuils donne des scores de 0 à %2, mais la notation de cet item donne des scores de 0 à %3</translation>
    </message>
    <message>
        <source>irt: these parameters give almost no information anywhere (at most %1): the item adds nothing to a test</source>
        <translation>irt&#xa0;: ces paramètres n’apportent presque aucune information nulle part (au plus %1)&#xa0;: l’item n’apporte rien à un test</translation>
    </message>
    <message>
        <source>irt: a = %1 is unusually high; check the parameter</source>
        <translation>irt&#xa0;: a = %1 est anormalement élevé&#xa0;; vérifiez le paramètre</translation>
    </message>
    <message>
        <source>irt: the item&apos;s difficulty %1 lies far outside the usual range [-5, 5]</source>
        <translation>irt&#xa0;: la difficulté de l’item, %1, est très loin de l’intervalle habituel [-5, 5]</translation>
    </message>
    <message>
        <source>each item must be a mapping of fields, not %1</source>
        <translation>chaque item doit être un dictionnaire de champs, pas %1</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>item id</source>
        <translation>identifiant d’item</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is not one of %2%3</source>
        <translation>le type «&#xa0;%1&#xa0;» ne fait pas partie de %2%3</translation>
    </message>
    <message>
        <source>%1 item</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not one of %2%3</source>
        <translation>le statut «&#xa0;%1&#xa0;» ne fait pas partie de %2%3</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; is not defined in bank.yaml%2</source>
        <translation>la dimension «&#xa0;%1&#xa0;» n’est pas définie dans bank.yaml%2</translation>
    </message>
    <message>
        <source>competency &quot;%1&quot; is not defined in bank.yaml%2</source>
        <translation>la compétence «&#xa0;%1&#xa0;» n’est pas définie dans bank.yaml%2</translation>
    </message>
    <message>
        <source>competency &quot;%1&quot; belongs to dimension &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>la compétence «&#xa0;%1&#xa0;» appartient à la dimension «&#xa0;%2&#xa0;», pas à «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>level &quot;%1&quot; differs from its competency&apos;s level &quot;%2&quot;</source>
        <translation>le niveau «&#xa0;%1&#xa0;» diffère du niveau de sa compétence, «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>theme &quot;%1&quot; is not defined in bank.yaml%2</source>
        <translation>le thème «&#xa0;%1&#xa0;» n’est pas défini dans bank.yaml%2</translation>
    </message>
    <message>
        <source>theme &quot;%1&quot; is listed twice</source>
        <translation>le thème «&#xa0;%1&#xa0;» est listé deux fois</translation>
    </message>
    <message>
        <source>themes must be a list of theme ids, such as [EDU, ECO]</source>
        <translation>themes doit être une liste d’identifiants de thèmes, par exemple [EDU, ECO]</translation>
    </message>
    <message>
        <source>enemies</source>
        <translation>enemies</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>exposure</translation>
    </message>
    <message>
        <source>exposure (the Sympson-Hetter parameter) must be between 0 and 1</source>
        <translation>exposure (le paramètre de Sympson-Hetter) doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <source>an operational item needs IRT parameters (irt: {model: 2PL, a: ..., b: ...})</source>
        <translation>un item opérationnel demande des paramètres IRT (irt: {model: 2PL, a: ..., b: ...})</translation>
    </message>
    <message>
        <source>an item file must be a mapping with the key &quot;items&quot;, not %1</source>
        <translation>un fichier d’items doit être un dictionnaire avec la clé «&#xa0;items&#xa0;», pas %1</translation>
    </message>
    <message>
        <source>item file</source>
        <translation>fichier d’items</translation>
    </message>
    <message>
        <source>items must be a list of items, not %1</source>
        <translation>items doit être une liste d’items, pas %1</translation>
    </message>
    <message>
        <source>the file has no items</source>
        <translation>le fichier ne contient aucun item</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; must be a relative path inside the bank folder</source>
        <translation>l’image «&#xa0;%1&#xa0;» doit être un chemin relatif à l’intérieur du dossier de la banque</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; does not exist</source>
        <translation>l’image «&#xa0;%1&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; is too large (%2 KiB; at most %3 KiB): old machines show it slowly</source>
        <translation>l’image «&#xa0;%1&#xa0;» est trop lourde (%2 Kio&#xa0;; au plus %3 Kio)&#xa0;: les ordinateurs anciens l’affichent lentement</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; is not a PNG, JPEG or SVG image</source>
        <translation>l’image «&#xa0;%1&#xa0;» n’est pas une image PNG, JPEG ou SVG</translation>
    </message>
    <message>
        <source>image &quot;%1&quot;: its name ends in .%2 but it holds a %3 image</source>
        <translation>image «&#xa0;%1&#xa0;»&#xa0;: son nom se termine par .%2 mais elle contient une image %3</translation>
    </message>
    <message>
        <source>an item cannot be its own enemy</source>
        <translation>un item ne peut pas être son propre ennemi</translation>
    </message>
    <message>
        <source>enemy &quot;%1&quot; is not an item of the bank</source>
        <translation>l’ennemi «&#xa0;%1&#xa0;» n’est pas un item de la banque</translation>
    </message>
    <message>
        <source>the bank has no operational item: nothing can be scored</source>
        <translation>la banque n’a aucun item opérationnel&#xa0;: rien ne peut être noté</translation>
    </message>
    <message>
        <source>dimension &quot;%1&quot; has no operational item</source>
        <translation>la dimension «&#xa0;%1&#xa0;» n’a aucun item opérationnel</translation>
    </message>
    <message>
        <source>test: %1</source>
        <translation>test&#xa0;: %1</translation>
    </message>
    <message>
        <source>test.content_targets: dimension &quot;%1&quot; has a target but no operational item</source>
        <translation>test.content_targets&#xa0;: la dimension «&#xa0;%1&#xa0;» a une cible mais aucun item opérationnel</translation>
    </message>
    <message>
        <source>file too large (%1 bytes; at most %2)</source>
        <translation>fichier trop volumineux (%1 octets&#xa0;; au plus %2)</translation>
    </message>
    <message>
        <source>no such bank folder</source>
        <translation>ce dossier de banque n’existe pas</translation>
    </message>
    <message>
        <source>a bank is a folder holding bank.yaml and items/, not a file</source>
        <translation>une banque est un dossier contenant bank.yaml et items/, pas un fichier</translation>
    </message>
    <message>
        <source>missing: every bank folder has a bank.yaml (see question-banks/FORMAT.md)</source>
        <translation>manquant&#xa0;: chaque dossier de banque contient un bank.yaml (voir question-banks/FORMAT.md)</translation>
    </message>
    <message>
        <source>too many item files (more than %1)</source>
        <translation>trop de fichiers d’items (plus de %1)</translation>
    </message>
    <message>
        <source>missing: the items/ folder holds the bank&apos;s item files</source>
        <translation>manquant&#xa0;: le dossier items/ contient les fichiers d’items de la banque</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: the id is already used at %2:%3</source>
        <translation>item «&#xa0;%1&#xa0;»&#xa0;: l’id est déjà utilisé dans %2:%3</translation>
    </message>
    <message>
        <source>%1 must be in %2 (got %3)</source>
        <translation>%1 doit être dans %2 (trouvé&#xa0;: %3)</translation>
    </message>
    <message>
        <source>accepted (%1): an answer has %2 characters; at most %3</source>
        <translation>accepted (%1)&#xa0;: une réponse a %2 caractères&#xa0;; au plus %3</translation>
    </message>
    <message>
        <source>level %1: statement</source>
        <translation>niveau %1&#xa0;: énoncé</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>signataire</translation>
    </message>
    <message>
        <source>reporting.level_confidence</source>
        <translation>reporting.level_confidence</translation>
    </message>
    <message>
        <source>reporting.dimension_correlation</source>
        <translation>reporting.dimension_correlation</translation>
    </message>
    <message>
        <source>test.max_partial_credit</source>
        <translation>test.max_partial_credit</translation>
    </message>
    <message>
        <source>irt.guessing must be chance (what answering at random gives) or none, not &quot;%1&quot;</source>
        <translation>irt.guessing doit valoir chance (ce que donne une réponse au hasard) ou none, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>irt: a random answer is right %1% of the time, but the %2 model has no lower asymptote: use 3PL with c (from calibration), or irt.guessing: chance in bank.yaml for provisional parameters</source>
        <translation>irt&#xa0;: une réponse au hasard est juste %1&#xa0;% du temps, mais le modèle %2 n’a pas d’asymptote basse&#xa0;: utilisez 3PL avec c (issu du calibrage), ou irt.guessing: chance dans bank.yaml pour des paramètres provisoires</translation>
    </message>
    <message>
        <source>%1 must be a mapping</source>
        <translation>%1 doit être un dictionnaire</translation>
    </message>
    <message>
        <source>parameters must map item ids to Sympson-Hetter parameters in [0, 1]</source>
        <translation>parameters doit associer à des identifiants d’items des paramètres de Sympson-Hetter entre 0 et 1</translation>
    </message>
    <message>
        <source>the exposure parameters were computed for another version of the bank: exposure control is off until they are computed again (aicet-cli bank exposure %1 --write)</source>
        <translation>les paramètres d’exposition ont été calculés pour une autre version de la banque&#xa0;: le contrôle de l’exposition est désactivé jusqu’à ce qu’ils soient recalculés (aicet-cli bank exposure %1 --write)</translation>
    </message>
    <message>
        <source>no item &quot;%1&quot; in the bank</source>
        <translation>pas d’item «&#xa0;%1&#xa0;» dans la banque</translation>
    </message>
    <message>
        <source>exposure parameter of %1</source>
        <translation>paramètre d’exposition de %1</translation>
    </message>
    <message>
        <source> (the names that exist: %1)</source>
        <translation> (les noms qui existent&#xa0;: %1)</translation>
    </message>
    <message>
        <source>elements</source>
        <translation>éléments</translation>
    </message>
    <message>
        <source>premises</source>
        <translation>prémisses</translation>
    </message>
    <message>
        <source>scoring must be %1, %2 or one_mistake, not &quot;%3&quot;</source>
        <translation>scoring doit valoir %1, %2 ou one_mistake, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>one_mistake needs at least 3 %1: with 2, one mistake is half the question</source>
        <translation>one_mistake demande au moins 3 %1&#xa0;: avec 2, une erreur fait la moitié de la question</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>image &quot;%1&quot; leads outside the bank folder (a link)</source>
        <translation>l’image «&#xa0;%1&#xa0;» mène hors du dossier de la banque (un lien)</translation>
    </message>
</context>
<context>
    <name>CalibrationText</name>
    <message>
        <source>%1 items described for a matrix of %2 columns</source>
        <translation>%1 items décrits pour une matrice de %2 colonnes</translation>
    </message>
    <message>
        <source>column %1: %2 right and %3 wrong answers; an item needs both to be calibrated (fix it or leave it out)</source>
        <translation>colonne %1&#xa0;: %2 bonnes et %3 mauvaises réponses&#xa0;; un item a besoin des deux pour être calibré (corrigez-le ou retirez-le)</translation>
    </message>
    <message>
        <source>the %1 model cannot be calibrated yet (1PL, 2PL, 3PL, GRM and GPCM can)</source>
        <translation>le modèle %1 ne peut pas encore être calibré (1PL, 2PL, 3PL, GRM et GPCM le peuvent)</translation>
    </message>
    <message>
        <source>column %1: a score of %2, above the anchor&apos;s highest (%3)</source>
        <translation>colonne %1&#xa0;: un score de %2, au-dessus du plus haut de l’ancre (%3)</translation>
    </message>
    <message>
        <source>column %1: nobody scored %2 of %3; a partial-credit item needs every score to be calibrated (merge the score or collect more answers)</source>
        <translation>colonne %1&#xa0;: personne n’a obtenu %2 sur %3&#xa0;; un item à crédit partiel a besoin de chaque score pour être calibré (regroupez ce score ou recueillez plus de réponses)</translation>
    </message>
    <message>
        <source>column %1:</source>
        <translation>colonne %1&#xa0;:</translation>
    </message>
    <message>
        <source>column %1: a score of %2; at most 63 can be calibrated</source>
        <translation>colonne %1&#xa0;: un score de %2&#xa0;; au plus 63 peuvent être calibrés</translation>
    </message>
    <message>
        <source>column %1: every answer scored 0; a partial-credit item needs its scores to be calibrated</source>
        <translation>colonne %1&#xa0;: toutes les réponses valent 0&#xa0;; un item à crédit partiel a besoin de ses scores pour être calibré</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;:</source>
        <translation>item «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>no number of pupils to study</source>
        <translation>aucun nombre d’élèves à étudier</translation>
    </message>
    <message>
        <source>a pilot needs at least one pupil (got %1)</source>
        <translation>une phase pilote demande au moins un élève (reçu %1)</translation>
    </message>
    <message>
        <source>the study needs at least one replication (got %1)</source>
        <translation>l’étude demande au moins une réplication (reçu %1)</translation>
    </message>
    <message>
        <source>the test has no pilot slot: give the positions at which pilot items are given</source>
        <translation>le test n’a aucun emplacement pilote&#xa0;: indiquez les positions où sont posés les items pilotes</translation>
    </message>
    <message>
        <source>the number of synthetic pilot items cannot be negative</source>
        <translation>le nombre d’items pilotes synthétiques ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the bank has no operational item with parameters to anchor the pilot items</source>
        <translation>la banque n’a aucun item opérationnel avec des paramètres pour servir d’ancre aux items pilotes</translation>
    </message>
    <message>
        <source>the bank has no pilot item: ask for synthetic pilot items</source>
        <translation>la banque n’a aucun item pilote&#xa0;: demandez des items pilotes synthétiques</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>CandidateRecords</name>
    <message>
        <source>no candidate with the code &quot;%1&quot;</source>
        <translation>aucun candidat avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the export could not be recorded in the audit log (%1): nothing was exported</source>
        <translation>l’export n’a pas pu être inscrit au journal d’audit (%1)&#xa0;: rien n’a été exporté</translation>
    </message>
    <message>
        <source>no sitting with the code &quot;%1&quot;</source>
        <translation>aucune session avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no sitting</source>
        <translation>aucune session</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; belongs to %2 candidates, in the sittings %3: say which with --sitting</source>
        <translation>le code «&#xa0;%1&#xa0;» appartient à %2 candidats, dans les sessions %3&#xa0;: précisez laquelle avec --sitting</translation>
    </message>
</context>
<context>
    <name>CatText</name>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation>item «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>answer %1: %2</source>
        <translation>réponse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the test has already finished</source>
        <translation>le test est déjà terminé</translation>
    </message>
    <message>
        <source>item index %1 is not in the bank</source>
        <translation>l’index d’item %1 n’existe pas dans la banque</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; was already given in this test</source>
        <translation>l’item «&#xa0;%1&#xa0;» a déjà été posé dans ce test</translation>
    </message>
    <message>
        <source>response %1 to item &quot;%2&quot; is not a category of that item (0 to %3)</source>
        <translation>la réponse %1 à l’item «&#xa0;%2&#xa0;» n’est pas une catégorie de cet item (0 à %3)</translation>
    </message>
    <message>
        <source>simulee %1 has no response to item &quot;%2&quot; in the replay matrix</source>
        <translation>le sujet simulé %1 n’a pas de réponse à l’item «&#xa0;%2&#xa0;» dans la matrice de rejeu</translation>
    </message>
    <message>
        <source>simulee %1: %2</source>
        <translation>sujet simulé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the replay matrix has %1 candidates and %2 items; %3 candidates and %4 items were expected</source>
        <translation>la matrice de rejeu compte %1 candidats et %2 items&#xa0;; %3 candidats et %4 items étaient attendus</translation>
    </message>
    <message>
        <source>the target exposure rate must be in (0, 1]</source>
        <translation>le taux d’exposition visé doit être dans ]0, 1]</translation>
    </message>
    <message>
        <source>the calibration needs at least one simulee</source>
        <translation>le calibrage demande au moins un sujet simulé</translation>
    </message>
    <message>
        <source>interim estimator: %1</source>
        <translation>estimateur intermédiaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>final estimator: %1</source>
        <translation>estimateur final&#xa0;: %1</translation>
    </message>
    <message>
        <source>the starting theta must be a finite number</source>
        <translation>le theta de départ doit être un nombre fini</translation>
    </message>
    <message>
        <source>test length: need 0 &lt;= minimum &lt;= maximum and a maximum of at least 1 (got %1 to %2)</source>
        <translation>longueur du test&#xa0;: il faut 0 &lt;= minimum &lt;= maximum et un maximum d’au moins 1 (reçu %1 à %2)</translation>
    </message>
    <message>
        <source>the standard-error target must be a non-negative number</source>
        <translation>l’erreur type visée doit être un nombre positif ou nul</translation>
    </message>
    <message>
        <source>the time limit must be a non-negative number of seconds</source>
        <translation>la limite de temps doit être un nombre de secondes positif ou nul</translation>
    </message>
    <message>
        <source>the classification confidence must be between 0 and 1</source>
        <translation>la confiance de classement doit être comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>the classification rule needs level cut scores in the bank</source>
        <translation>la règle de classement demande des seuils de niveau dans la banque</translation>
    </message>
    <message>
        <source>randomesque needs k &gt;= 1</source>
        <translation>randomesque demande k &gt;= 1</translation>
    </message>
    <message>
        <source>content targets: %1 given for %2 dimensions</source>
        <translation>cibles de contenu&#xa0;: %1 indiquées pour %2 dimensions</translation>
    </message>
    <message>
        <source>content targets must be non-negative proportions</source>
        <translation>les cibles de contenu doivent être des proportions positives ou nulles</translation>
    </message>
    <message>
        <source>content targets must not all be zero</source>
        <translation>les cibles de contenu ne doivent pas être toutes nulles</translation>
    </message>
    <message>
        <source>pilot positions are 1-based (got %1)</source>
        <translation>les positions pilotes commencent à 1 (reçu %1)</translation>
    </message>
    <message>
        <source>excluded item &quot;%1&quot; is not in the bank</source>
        <translation>l’item exclu «&#xa0;%1&#xa0;» n’est pas dans la banque</translation>
    </message>
    <message>
        <source>the limit of partial-credit items must be 0 (none) or more</source>
        <translation>la limite d’items à crédit partiel doit valoir 0 (aucune) ou plus</translation>
    </message>
</context>
<context>
    <name>ClassLists</name>
    <message>
        <source>the file is larger than 5 MB: is it a class list?</source>
        <translation>le fichier dépasse 5 Mo&#xa0;: est-ce bien une liste de classe&#xa0;?</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the first line should name the columns (last name, first name, class…), separated by commas or semicolons</source>
        <translation>la première ligne doit nommer les colonnes (nom, prénom, classe…), séparées par des virgules ou des points-virgules</translation>
    </message>
    <message>
        <source>no last name</source>
        <translation>pas de nom</translation>
    </message>
    <message>
        <source>no first name</source>
        <translation>pas de prénom</translation>
    </message>
    <message>
        <source>no class (choose one for the whole file)</source>
        <translation>pas de classe (choisissez-en une pour tout le fichier)</translation>
    </message>
    <message>
        <source>the same pupil appears earlier in the file</source>
        <translation>le même élève figure plus haut dans le fichier</translation>
    </message>
    <message>
        <source>already in the class</source>
        <translation>déjà dans la classe</translation>
    </message>
    <message>
        <source>no free personal code was found</source>
        <translation>aucun code personnel libre n’a été trouvé</translation>
    </message>
    <message>
        <source>no class %1</source>
        <translation>pas de classe %1</translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; belongs to another teacher</source>
        <translation>la classe «&#xa0;%1&#xa0;» appartient à un autre enseignant</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) added</source>
        <translation>
            <numerusform>%n élève ajouté</numerusform>
            <numerusform>%n élèves ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>a pupil needs a last name and a first name</source>
        <translation>un élève a besoin d’un nom et d’un prénom</translation>
    </message>
    <message>
        <source>%1 %2 added, code %3</source>
        <translation>%1 %2 ajouté(e), code %3</translation>
    </message>
    <message>
        <source>no such pupil</source>
        <translation>élève introuvable</translation>
    </message>
    <message>
        <source>%1 %2 changed</source>
        <translation>%1 %2 modifié(e)</translation>
    </message>
    <message>
        <source>%1 %2 removed from %3</source>
        <translation>%1 %2 retiré(e) de %3</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n row(s) left out because of their problems</source>
        <translation>
            <numerusform>%1&#xa0;; %n ligne écartée à cause de ses problèmes</numerusform>
            <numerusform>%1&#xa0;; %n lignes écartées à cause de leurs problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>ligne %1&#xa0;: une cellule entre guillemets n’est pas fermée</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>no such sitting among yours</source>
        <translation>aucune session de ce nom parmi les vôtres</translation>
    </message>
    <message>
        <source>extra time must be between 0 and 1440 minutes</source>
        <translation>le temps supplémentaire doit être compris entre 0 et 1440 minutes</translation>
    </message>
    <message>
        <source>no pupil %1 in this sitting</source>
        <translation>pas d’élève %1 dans cette session</translation>
    </message>
    <message>
        <source>%1: %2 minutes of extra time when the test starts</source>
        <translation>%1&#xa0;: %2 minutes de temps supplémentaire quand le test commencera</translation>
    </message>
    <message>
        <source>%1 has finished: the extra time counts only if the test is reopened (with that many minutes)</source>
        <translation>%1 a terminé&#xa0;: le temps supplémentaire ne compte que si le test est rouvert (avec ce nombre de minutes)</translation>
    </message>
    <message>
        <source>%1: extra time set to %2 minutes</source>
        <translation>%1&#xa0;: temps supplémentaire fixé à %2 minutes</translation>
    </message>
    <message>
        <source>no such pupil in this sitting</source>
        <translation>cet élève n’est pas dans cette session</translation>
    </message>
    <message>
        <source>%1 has not started the test</source>
        <translation>%1 n’a pas commencé le test</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CredentialText</name>
    <message>
        <source>this is not an AICET certificate payload (it must start with AICET1 and have 10 fields)</source>
        <translation>ce n’est pas le contenu signé d’un certificat AICET (il doit commencer par AICET1 et avoir 10 champs)</translation>
    </message>
    <message>
        <source>unknown kind of document &quot;%1&quot;</source>
        <translation>type de document «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>%1 is not a PDF file</source>
        <translation>%1 n’est pas un fichier PDF</translation>
    </message>
    <message>
        <source>%1 holds no AICET certificate payload</source>
        <translation>%1 ne contient aucun contenu signé de certificat AICET</translation>
    </message>
    <message>
        <source>the signature is damaged (it must be 64 bytes in base64url, written one way)</source>
        <translation>la signature est abîmée (elle doit faire 64 octets en base64url, écrits d’une seule façon)</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>no session %1</source>
        <translation>passation %1 introuvable</translation>
    </message>
    <message>
        <source>session %1 is not finished: nothing can be certified yet</source>
        <translation>la passation %1 n’est pas terminée&#xa0;: rien ne peut encore être certifié</translation>
    </message>
    <message>
        <source>session %1 has no sitting or candidate</source>
        <translation>la passation %1 n’a ni session ni candidat</translation>
    </message>
    <message>
        <source>the bank of sitting %1 cannot be used: %2</source>
        <translation>la banque de la session %1 ne peut pas être utilisée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the bank has no language &quot;%1&quot;</source>
        <translation>la banque n’a pas de langue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the certificate could not be recorded (%1); no document was issued</source>
        <translation>le certificat n’a pas pu être enregistré (%1)&#xa0;; aucun document n’a été délivré</translation>
    </message>
    <message>
        <source>no public key given and no issuer key on this computer: %1</source>
        <translation>aucune clé publique indiquée et aucune clé de l’émetteur sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file name (a certificate is never written over a file)</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre nom de fichier (un certificat n’est jamais écrit à la place d’un fichier)</translation>
    </message>
    <message>
        <source>session %1 earns no document: %2</source>
        <translation>la passation %1 ne donne droit à aucun document&#xa0;: %2</translation>
    </message>
    <message>
        <source>replaced by %1 (the result, the name or the key changed)</source>
        <translation>remplacé par %1 (le résultat, le nom ou la clé a changé)</translation>
    </message>
    <message>
        <source>it is a practice test, which earns no document</source>
        <translation>c’est un test d’entraînement, qui ne donne droit à aucun document</translation>
    </message>
    <message>
        <source>no question was answered: there is nothing to attest</source>
        <translation>aucune question n’a reçu de réponse&#xa0;: il n’y a rien à attester</translation>
    </message>
    <message>
        <source>the test did not finish normally (it was stopped)</source>
        <translation>le test ne s’est pas terminé normalement (il a été arrêté)</translation>
    </message>
    <message>
        <source>%1 questions answered, fewer than the %2 the sitting requires</source>
        <translation>%1 questions répondues, moins que les %2 exigées par la session</translation>
    </message>
    <message>
        <source>the answers did not give a level</source>
        <translation>les réponses n’ont pas donné de niveau</translation>
    </message>
    <message>
        <source>the result is not precise enough (standard error %1, at most %2 for a certificate)</source>
        <translation>le résultat n’est pas assez précis (erreur type %1, au plus %2 pour un certificat)</translation>
    </message>
    <message>
        <source>the sitting collects names and this candidate has none</source>
        <translation>la session demande les noms et ce candidat n’en a pas</translation>
    </message>
    <message>
        <source>number %1 is not in this database&apos;s register (issued elsewhere, or not by this authority)</source>
        <translation>le numéro %1 n’est pas dans le registre de cette base (délivré ailleurs, ou pas par cette autorité)</translation>
    </message>
    <message>
        <source>document %1 was revoked on %2: %3</source>
        <translation>le document %1 a été révoqué le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>number %1 is registered for another content: this is not the document issued</source>
        <translation>le numéro %1 est enregistré pour un autre contenu&#xa0;: ce n’est pas le document délivré</translation>
    </message>
    <message>
        <source>registered: %1 issued on %2</source>
        <translation>enregistré&#xa0;: %1 délivré le %2</translation>
    </message>
    <message>
        <source>say why the document is revoked (--reason)</source>
        <translation>dites pourquoi le document est révoqué (--reason)</translation>
    </message>
    <message>
        <source>document %1 revoked: %2</source>
        <translation>document %1 révoqué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the printed document does not show what is signed: %2</source>
        <translation>%1&#xa0;: le document imprimé ne montre pas ce qui est signé&#xa0;: %2</translation>
    </message>
    <message>
        <source>no level is reached with enough certainty (probability %1%, at least %2% for a certificate)</source>
        <translation>aucun niveau n’est atteint avec assez de certitude (probabilité %1&#xa0;%, au moins %2&#xa0;% pour un certificat)</translation>
    </message>
    <message>
        <source>the answers look like answers given at random</source>
        <translation>les réponses ressemblent à des réponses données au hasard</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) came faster than the question can be read</source>
        <translation>
            <numerusform>%n réponse a été donnée plus vite qu’on ne peut lire la question</numerusform>
            <numerusform>%n réponses ont été données plus vite qu’on ne peut lire la question</numerusform>
        </translation>
    </message>
    <message>
        <source>the result was computed by an earlier version of AICET, which neither checked the answers nor said how sure the level is</source>
        <translation>le résultat a été calculé par une version antérieure d’AICET, qui ne vérifiait pas les réponses et ne disait pas à quel point le niveau est sûr</translation>
    </message>
</context>
<context>
    <name>IoText</name>
    <message>
        <source>(further errors not shown)</source>
        <translation>(erreurs suivantes non affichées)</translation>
    </message>
    <message>
        <source>%1: empty file: expected %2</source>
        <translation>%1&#xa0;: fichier vide&#xa0;: %2 attendu</translation>
    </message>
    <message>
        <source>the header id,a,b,c,d[,domain]</source>
        <translation>l’en-tête id,a,b,c,d[,domain]</translation>
    </message>
    <message>
        <source>the header must be id,a,b,c,d or id,a,b,c,d,domain (found %1)</source>
        <translation>l’en-tête doit être id,a,b,c,d ou id,a,b,c,d,domain (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 champs attendus, %2 trouvés</translation>
    </message>
    <message>
        <source>the item id is empty</source>
        <translation>l’id de l’item est vide</translation>
    </message>
    <message>
        <source>duplicate item id &quot;%1&quot; (first on line %2)</source>
        <translation>id d’item «&#xa0;%1&#xa0;» en double (première fois à la ligne %2)</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2 is not a number (&quot;%3&quot;)</source>
        <translation>item «&#xa0;%1&#xa0;»&#xa0;: %2 n’est pas un nombre («&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation>item «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no items after the header</source>
        <translation>%1&#xa0;: aucun item après l’en-tête</translation>
    </message>
    <message>
        <source>a header person,&lt;item id&gt;,...</source>
        <translation>un en-tête person,&lt;item id&gt;,...</translation>
    </message>
    <message>
        <source>the header must be person followed by item ids</source>
        <translation>l’en-tête doit être person suivi des id des items</translation>
    </message>
    <message>
        <source>column %1: item &quot;%2&quot; is not in the bank</source>
        <translation>colonne %1&#xa0;: l’item «&#xa0;%2&#xa0;» n’est pas dans la banque</translation>
    </message>
    <message>
        <source>column %1: item &quot;%2&quot; appears twice (first in column %3)</source>
        <translation>colonne %1&#xa0;: l’item «&#xa0;%2&#xa0;» apparaît deux fois (d’abord en colonne %3)</translation>
    </message>
    <message>
        <source>person &quot;%1&quot;, item &quot;%2&quot;: &quot;%3&quot; is not a response category (0 to %4)</source>
        <translation>personne «&#xa0;%1&#xa0;», item «&#xa0;%2&#xa0;»&#xa0;: «&#xa0;%3&#xa0;» n’est pas une catégorie de réponse (0 à %4)</translation>
    </message>
    <message>
        <source>%1: no persons after the header</source>
        <translation>%1&#xa0;: aucune personne après l’en-tête</translation>
    </message>
    <message>
        <source>a header such as sim_id,theta</source>
        <translation>un en-tête comme sim_id,theta</translation>
    </message>
    <message>
        <source>expected two columns: an id and theta</source>
        <translation>deux colonnes attendues&#xa0;: un id et theta</translation>
    </message>
    <message>
        <source>expected 2 fields, found %1</source>
        <translation>2 champs attendus, %1 trouvés</translation>
    </message>
    <message>
        <source>theta is not a number (&quot;%1&quot;)</source>
        <translation>theta n’est pas un nombre («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: no abilities after the header</source>
        <translation>%1&#xa0;: aucun niveau après l’en-tête</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: is a folder, not a CSV file</source>
        <translation>%1&#xa0;: c’est un dossier, pas un fichier CSV</translation>
    </message>
    <message>
        <source>%1: binary data, not a CSV text file</source>
        <translation>%1&#xa0;: données binaires, pas un fichier texte CSV</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>champ entre guillemets non terminé</translation>
    </message>
    <message>
        <source>unexpected text after a quoted field</source>
        <translation>texte inattendu après un champ entre guillemets</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a folder)</source>
        <translation>%1 n’est pas un fichier ordinaire (c’est un périphérique, un tube ou un dossier)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 dépasse %2 Mio</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB</source>
        <translation>%1 dépasse %2 Kio</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a readable zip archive: %1</source>
        <translation>pas une archive zip lisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the archive has %1 entries; at most %2 are read</source>
        <translation>l’archive contient %1 entrées&#xa0;; au plus %2 sont lues</translation>
    </message>
    <message>
        <source>entry %1 of the archive cannot be read</source>
        <translation>l’entrée %1 de l’archive ne peut pas être lue</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: a name that leads outside the package (absolute, &quot;..&quot;, a drive or a backslash) is refused</source>
        <translation>entrée «&#xa0;%1&#xa0;»&#xa0;: un nom qui mène hors du paquet (chemin absolu, «&#xa0;..&#xa0;», lecteur ou barre oblique inverse) est refusé</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; appears twice in the archive</source>
        <translation>l’entrée «&#xa0;%1&#xa0;» figure deux fois dans l’archive</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is encrypted</source>
        <translation>l’entrée «&#xa0;%1&#xa0;» est chiffrée</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is too large: %2 MiB uncompressed; at most %3 MiB</source>
        <translation>l’entrée «&#xa0;%1&#xa0;» est trop grande&#xa0;: %2 Mio une fois décompressée&#xa0;; au plus %3 Mio</translation>
    </message>
    <message>
        <source>the archive holds more than %1 MiB once uncompressed: refused (a zip bomb?)</source>
        <translation>l’archive fait plus de %1 Mio une fois décompressée&#xa0;: refusée (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the archive</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans l’archive</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read from the archive: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu dans l’archive&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged in the archive: %2</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé dans l’archive&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds more than %2 MiB once uncompressed: refused</source>
        <translation>«&#xa0;%1&#xa0;» fait plus de %2 Mio une fois décompressé&#xa0;: refusé</translation>
    </message>
    <message>
        <source>cannot make a zip archive: %1</source>
        <translation>impossible de créer une archive zip&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot add &quot;%1&quot; to the zip archive: %2</source>
        <translation>impossible d’ajouter «&#xa0;%1&#xa0;» à l’archive zip&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the zip archive back: %1</source>
        <translation>impossible de relire l’archive zip&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>IrtText</name>
    <message>
        <source>the estimation range must have a lower bound below its upper bound</source>
        <translation>l’intervalle d’estimation doit avoir une borne inférieure plus petite que sa borne supérieure</translation>
    </message>
    <message>
        <source>the estimation range must lie within [-10, 10]</source>
        <translation>l’intervalle d’estimation doit être compris dans [-10, 10]</translation>
    </message>
    <message>
        <source>the prior needs a finite mean and a positive standard deviation</source>
        <translation>la loi a priori demande une moyenne finie et un écart-type positif</translation>
    </message>
    <message>
        <source>the quadrature grid must have a lower bound below its upper bound</source>
        <translation>la grille de quadrature doit avoir une borne inférieure plus petite que sa borne supérieure</translation>
    </message>
    <message>
        <source>the quadrature grid must lie within [-10, 10]</source>
        <translation>la grille de quadrature doit être comprise dans [-10, 10]</translation>
    </message>
    <message>
        <source>the quadrature grid needs between 3 and 10001 nodes</source>
        <translation>la grille de quadrature demande entre 3 et 10001 nœuds</translation>
    </message>
    <message>
        <source>discrimination a must be a positive number (got %1)</source>
        <translation>la discrimination a doit être un nombre positif (reçu %1)</translation>
    </message>
    <message>
        <source>scaling constant D must be a positive number (got %1)</source>
        <translation>la constante d’échelle D doit être un nombre positif (reçu %1)</translation>
    </message>
    <message>
        <source>difficulty b must be a finite number</source>
        <translation>la difficulté b doit être un nombre fini</translation>
    </message>
    <message>
        <source>lower asymptote c must be in [0, 1) (got %1)</source>
        <translation>l’asymptote inférieure c doit être dans [0, 1[ (reçu %1)</translation>
    </message>
    <message>
        <source>upper asymptote d must be greater than c and at most 1 (got d = %1, c = %2)</source>
        <translation>l’asymptote supérieure d doit être plus grande que c et au plus égale à 1 (reçu d = %1, c = %2)</translation>
    </message>
    <message>
        <source>a polytomous item needs at least one step parameter</source>
        <translation>un item polytomique demande au moins un paramètre de seuil</translation>
    </message>
    <message>
        <source>a polytomous item may have at most %1 categories</source>
        <translation>un item polytomique peut avoir au plus %1 catégories</translation>
    </message>
    <message>
        <source>step parameter %1 must be a finite number</source>
        <translation>le paramètre de seuil %1 doit être un nombre fini</translation>
    </message>
    <message>
        <source>graded-response boundaries must increase strictly (step %1 is not above step %2)</source>
        <translation>les seuils du modèle de réponse graduée doivent être strictement croissants (le seuil %1 n’est pas au-dessus du seuil %2)</translation>
    </message>
    <message>
        <source>a polytomous item needs one chance floor per step (%1 steps, %2 floors)</source>
        <translation>un item polytomique a besoin d’un plancher de hasard par palier (%1 paliers, %2 planchers)</translation>
    </message>
    <message>
        <source>chance floor %1 must be in [0, 1) and not above the one before it (got %2)</source>
        <translation>le plancher de hasard %1 doit être dans [0, 1) et ne pas dépasser le précédent (reçu %2)</translation>
    </message>
</context>
<context>
    <name>IssuerKey</name>
    <message>
        <source>%1 is not an Ed25519 private key in PEM</source>
        <translation>%1 n’est pas une clé privée Ed25519 au format PEM</translation>
    </message>
    <message>
        <source>%1: an issuer key is already there; move it away first (certificates signed with it need its public key to be checked)</source>
        <translation>%1&#xa0;: une clé de l’émetteur existe déjà&#xa0;; déplacez-la d’abord (les certificats signés avec elle ont besoin de sa clé publique pour être vérifiés)</translation>
    </message>
    <message>
        <source>cannot import %1</source>
        <translation>impossible d’importer %1</translation>
    </message>
    <message>
        <source>%1: cannot write the issuer&apos;s key: %2</source>
        <translation>%1&#xa0;: impossible d’écrire la clé de l’émetteur&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create an Ed25519 key: %1</source>
        <translation>impossible de créer une clé Ed25519&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot encode the key: %1</source>
        <translation>impossible d’encoder la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>the public key is not an Ed25519 public key in PEM</source>
        <translation>la clé publique n’est pas une clé publique Ed25519 au format PEM</translation>
    </message>
    <message>
        <source>the signature does not match: the certificate was altered, or signed with another key</source>
        <translation>la signature ne correspond pas&#xa0;: le certificat a été modifié, ou signé avec une autre clé</translation>
    </message>
    <message>
        <source>cannot read the issuer&apos;s key: %1</source>
        <translation>impossible de lire la clé de l’émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: an issuer key is already there; it is kept (certificates signed with it need its public key to be checked)</source>
        <translation>%1&#xa0;: une clé d’émetteur existe déjà&#xa0;; elle est gardée (les certificats signés avec elle ont besoin de sa clé publique pour être vérifiés)</translation>
    </message>
    <message>
        <source>there is no issuer key at %1: create it once with &quot;aicet-cli certificate create-key&quot; (or import the authority&apos;s key with &quot;certificate import-key&quot;), then publish its public key</source>
        <translation>il n’y a pas de clé d’émetteur dans %1&#xa0;: créez-la une fois avec «&#xa0;aicet-cli certificate create-key&#xa0;» (ou importez la clé de l’autorité avec «&#xa0;certificate import-key&#xa0;»), puis publiez sa clé publique</translation>
    </message>
    <message>
        <source>this is not an Ed25519 public key in PEM</source>
        <translation>ce n’est pas une clé publique Ed25519 au format PEM</translation>
    </message>
</context>
<context>
    <name>PupilSession</name>
    <message>
        <source>AICET cannot use its database (%1). Tell your teacher.</source>
        <translation>AICET ne peut pas utiliser sa base de données (%1). Préviens ton professeur.</translation>
    </message>
    <message>
        <source>it did not take the write</source>
        <translation>l’écriture n’a pas été prise en compte</translation>
    </message>
    <message>
        <source>There is no test with the code &quot;%1&quot;. Check the code your teacher gave you.</source>
        <translation>Il n’existe aucun test avec le code «&#xa0;%1&#xa0;». Vérifie le code que ton professeur t’a donné.</translation>
    </message>
    <message>
        <source>The test &quot;%1&quot; is closed.</source>
        <translation>Le test «&#xa0;%1&#xa0;» est fermé.</translation>
    </message>
    <message>
        <source>The test &quot;%1&quot; has not opened yet; it opens at %2.</source>
        <translation>Le test «&#xa0;%1&#xa0;» n’est pas encore ouvert&#xa0;; il ouvrira le %2.</translation>
    </message>
    <message>
        <source>The time to start the test &quot;%1&quot; is over.</source>
        <translation>Le délai pour commencer le test «&#xa0;%1&#xa0;» est dépassé.</translation>
    </message>
    <message>
        <source>Please type your name too.</source>
        <translation>Tape aussi ton nom, s’il te plaît.</translation>
    </message>
    <message>
        <source>You have already finished this test.</source>
        <translation>Tu as déjà terminé ce test.</translation>
    </message>
    <message>
        <source>This test was stopped; ask your teacher.</source>
        <translation>Ce test a été arrêté&#xa0;; demande à ton professeur.</translation>
    </message>
    <message>
        <source>The question bank of this test has changed since the test was created (%1). Tell your teacher: the test must be created again.</source>
        <translation>La banque de questions de ce test a changé depuis la création du test (%1). Préviens ton professeur&#xa0;: le test doit être créé de nouveau.</translation>
    </message>
    <message>
        <source>The question bank of this test cannot be read (%1). Tell your teacher.</source>
        <translation>La banque de questions de ce test ne peut pas être lue (%1). Préviens ton professeur.</translation>
    </message>
    <message>
        <source>This test is already open in another AICET window (%1). Close it there first.</source>
        <translation>Ce test est déjà ouvert dans une autre fenêtre d’AICET (%1). Ferme-le d’abord dans l’autre fenêtre.</translation>
    </message>
    <message>
        <source>the test has not started</source>
        <translation>le test n’a pas commencé</translation>
    </message>
    <message>
        <source>question %1 was already answered; answers cannot be changed once confirmed</source>
        <translation>la question %1 a déjà reçu une réponse&#xa0;; une réponse confirmée ne peut plus être modifiée</translation>
    </message>
    <message>
        <source>the test is over</source>
        <translation>le test est terminé</translation>
    </message>
    <message>
        <source>Your teacher has paused the test. Your answer was not recorded yet: confirm it again when the test goes on.</source>
        <translation>Ton professeur a mis le test en pause. Ta réponse n’est pas encore enregistrée&#xa0;: confirme-la de nouveau quand le test reprendra.</translation>
    </message>
    <message>
        <source>this is not the current question (question %1 is &quot;%2&quot;)</source>
        <translation>ce n’est pas la question en cours (la question %1 est «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Your answer could not be saved (%1). It was not recorded: try again, or call your teacher.</source>
        <translation>Ta réponse n’a pas pu être enregistrée (%1). Elle n’a pas été prise en compte&#xa0;: réessaie ou appelle ton professeur.</translation>
    </message>
    <message>
        <source>This test has already begun in another window or on another computer. To continue it here, ask your teacher to allow it. If these are not your codes, check them.</source>
        <translation>Ce test a déjà commencé dans une autre fenêtre ou sur un autre ordinateur. Pour le continuer ici, demande à ton professeur de l’autoriser. Si ce ne sont pas tes codes, vérifie-les.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is not on the list of this test. Check the code on your slip, or ask your teacher.</source>
        <translation>Le code «&#xa0;%1&#xa0;» n’est pas sur la liste de ce test. Vérifie le code sur ton papier, ou demande à ton professeur.</translation>
    </message>
</context>
<context>
    <name>QtiText</name>
    <message>
        <source>bank %1 holds IRT parameters only: it has no questions to export</source>
        <translation>la banque %1 ne contient que des paramètres IRT&#xa0;: elle n’a aucune question à exporter</translation>
    </message>
    <message>
        <source>bank %1 has no language &quot;%2&quot; (its languages: %3)</source>
        <translation>la banque %1 n’a pas de langue «&#xa0;%2&#xa0;» (ses langues&#xa0;: %3)</translation>
    </message>
    <message>
        <source>bank %1 has no item &quot;%2&quot;</source>
        <translation>la banque %1 n’a pas d’item «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>bank %1 has no items to export</source>
        <translation>la banque %1 n’a aucun item à exporter</translation>
    </message>
    <message>
        <source>item %1: two QTI files would be named %2; rename the item</source>
        <translation>item %1&#xa0;: deux fichiers QTI s’appelleraient %2&#xa0;; renommez l’item</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>item %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>item %1: image %2 cannot be put in the package</source>
        <translation>item %1&#xa0;: l’image %2 ne peut pas être mise dans le paquet</translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed (QTI needs none)</source>
        <translation>un DOCTYPE n’est pas autorisé (QTI n’en demande aucun)</translation>
    </message>
    <message>
        <source>the entity &amp;%1; is not allowed</source>
        <translation>l’entité &amp;%1; n’est pas autorisée</translation>
    </message>
    <message>
        <source>too many or too deeply nested elements (at most %1, %2 deep)</source>
        <translation>éléments trop nombreux ou trop profondément imbriqués (au plus %1, sur %2 niveaux)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>no XML element</source>
        <translation>aucun élément XML</translation>
    </message>
    <message>
        <source>unknown IRT model &quot;%1&quot;</source>
        <translation>modèle IRT inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>IRT parameter %1 is not a number</source>
        <translation>le paramètre IRT %1 n’est pas un nombre</translation>
    </message>
    <message>
        <source>IRT step &quot;%1&quot; is not a number</source>
        <translation>le seuil IRT «&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>the response processing template %1 has no AICET equivalent</source>
        <translation>le modèle de traitement des réponses %1 n’a pas d’équivalent dans AICET</translation>
    </message>
    <message>
        <source>the response processing is in another file (%1), which is not read</source>
        <translation>le traitement des réponses est dans un autre fichier (%1), qui n’est pas lu</translation>
    </message>
    <message>
        <source>custom response processing: &lt;%1&gt; has no AICET equivalent</source>
        <translation>traitement des réponses personnalisé&#xa0;: &lt;%1&gt; n’a pas d’équivalent dans AICET</translation>
    </message>
    <message>
        <source>custom response processing: it uses %1, not the interaction&apos;s response %2</source>
        <translation>traitement des réponses personnalisé&#xa0;: il utilise %1, et non la réponse %2 de l’interaction</translation>
    </message>
    <message>
        <source>the tolerance &quot;%1&quot; is not understood</source>
        <translation>la tolérance «&#xa0;%1&#xa0;» n’est pas comprise</translation>
    </message>
    <message>
        <source>a tolerance that excludes its bounds has no AICET equivalent</source>
        <translation>une tolérance qui exclut ses bornes n’a pas d’équivalent dans AICET</translation>
    </message>
    <message>
        <source>custom response processing: it reads %1, not only the interaction&apos;s response</source>
        <translation>traitement des réponses personnalisé&#xa0;: il lit %1, pas seulement la réponse de l’interaction</translation>
    </message>
    <message>
        <source>custom response processing that combines several scoring rules</source>
        <translation>traitement des réponses personnalisé qui combine plusieurs règles de notation</translation>
    </message>
    <message>
        <source>the response processing gives no score from the response</source>
        <translation>le traitement des réponses ne donne aucun score à partir de la réponse</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>another picture (%1)</source>
        <translation>une autre image (%1)</translation>
    </message>
    <message>
        <source>a MathML formula</source>
        <translation>une formule MathML</translation>
    </message>
    <message>
        <source>an embedded object (%1)</source>
        <translation>un objet intégré (%1)</translation>
    </message>
    <message>
        <source>a rubric block for %1</source>
        <translation>un bloc de consignes pour %1</translation>
    </message>
    <message>
        <source>choice %1 shows a picture; AICET&apos;s choices are text</source>
        <translation>le choix %1 montre une image&#xa0;; les choix d’AICET sont du texte</translation>
    </message>
    <message>
        <source>choice %1 has no text</source>
        <translation>le choix %1 n’a pas de texte</translation>
    </message>
    <message>
        <source>no correct response: the key is made of the answers the mapping rewards</source>
        <translation>pas de réponse correcte&#xa0;: la clé est formée des réponses que le barème récompense</translation>
    </message>
    <message>
        <source>the item gives no correct response (qti-correct-response), so it cannot be scored</source>
        <translation>l’item ne donne pas de réponse correcte (qti-correct-response)&#xa0;: il ne peut donc pas être noté</translation>
    </message>
    <message>
        <source>a choice response of base type %1 (identifier expected)</source>
        <translation>une réponse à choix de type de base %1 (identifier attendu)</translation>
    </message>
    <message>
        <source>a single choice with several right answers</source>
        <translation>un choix unique avec plusieurs bonnes réponses</translation>
    </message>
    <message>
        <source>the correct response %1 is not one of the choices</source>
        <translation>la réponse correcte %1 ne fait pas partie des choix</translation>
    </message>
    <message>
        <source>%1 choices; AICET&apos;s single choice has 2 to %2</source>
        <translation>%1 choix&#xa0;; le choix unique d’AICET en propose de 2 à %2</translation>
    </message>
    <message>
        <source>the mapping&apos;s scores are replaced by right or wrong</source>
        <translation>les scores du barème sont remplacés par juste ou faux</translation>
    </message>
    <message>
        <source>%1 choices; AICET&apos;s multiple response has 3 to %2</source>
        <translation>%1 choix&#xa0;; les choix multiples d’AICET en proposent de 3 à %2</translation>
    </message>
    <message>
        <source>the mapping&apos;s scores differ from AICET&apos;s partial credit (right ticks minus wrong ones): scored all or nothing</source>
        <translation>les scores du barème diffèrent du crédit partiel d’AICET (bonnes cases cochées moins mauvaises)&#xa0;: noté en tout ou rien</translation>
    </message>
    <message>
        <source>a choice response of cardinality %1</source>
        <translation>une réponse à choix de cardinalité %1</translation>
    </message>
    <message>
        <source>an order response must be ordered identifiers</source>
        <translation>une réponse de mise en ordre doit être formée d’identifiants ordonnés</translation>
    </message>
    <message>
        <source>an order scored by a mapping has no AICET equivalent</source>
        <translation>une mise en ordre notée par un barème n’a pas d’équivalent dans AICET</translation>
    </message>
    <message>
        <source>the item gives no correct order (qti-correct-response)</source>
        <translation>l’item ne donne pas d’ordre correct (qti-correct-response)</translation>
    </message>
    <message>
        <source>the correct order leaves out %1; AICET orders every element</source>
        <translation>l’ordre correct omet %1&#xa0;; AICET met en ordre tous les éléments</translation>
    </message>
    <message>
        <source>the correct order names %1, which is not an element</source>
        <translation>l’ordre correct cite %1, qui n’est pas un élément</translation>
    </message>
    <message>
        <source>the correct order names an element twice</source>
        <translation>l’ordre correct cite un élément deux fois</translation>
    </message>
    <message>
        <source>%1 elements; AICET&apos;s ordering has 2 to %2</source>
        <translation>%1 éléments&#xa0;; la mise en ordre d’AICET en a de 2 à %2</translation>
    </message>
    <message>
        <source>a match interaction needs two sets of choices</source>
        <translation>une interaction d’association demande deux ensembles de choix</translation>
    </message>
    <message>
        <source>a match response of base type %1 (directedPair expected)</source>
        <translation>une réponse d’association de type de base %1 (directedPair attendu)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pair</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une paire</translation>
    </message>
    <message>
        <source>the pair &quot;%1&quot; does not join the first set to the second</source>
        <translation>la paire «&#xa0;%1&#xa0;» ne relie pas le premier ensemble au second</translation>
    </message>
    <message>
        <source>%1 has several right partners; AICET pairs each premise with one response</source>
        <translation>%1 a plusieurs bonnes associations&#xa0;; AICET associe chaque prémisse à une seule réponse</translation>
    </message>
    <message>
        <source>%1 has no right partner; AICET pairs every premise</source>
        <translation>%1 n’a aucune bonne association&#xa0;; AICET associe chaque prémisse</translation>
    </message>
    <message>
        <source>AICET&apos;s matching has 2 to %1 premises and 2 to %1 responses</source>
        <translation>l’association d’AICET a de 2 à %1 prémisses et de 2 à %1 réponses</translation>
    </message>
    <message>
        <source>the mapping&apos;s scores differ from AICET&apos;s partial credit (one point per right pair): scored all or nothing</source>
        <translation>les scores du barème diffèrent du crédit partiel d’AICET (un point par bonne paire)&#xa0;: noté en tout ou rien</translation>
    </message>
    <message>
        <source>a text entry with cardinality %1 (single expected)</source>
        <translation>une saisie de texte de cardinalité %1 (single attendu)</translation>
    </message>
    <message>
        <source>no correct response: the key is the best-scored value %1</source>
        <translation>pas de réponse correcte&#xa0;: la clé est la valeur la mieux notée, %1</translation>
    </message>
    <message>
        <source>the item gives no correct number (qti-correct-response)</source>
        <translation>l’item ne donne pas de nombre correct (qti-correct-response)</translation>
    </message>
    <message>
        <source>the correct response &quot;%1&quot; is not a number</source>
        <translation>la réponse correcte «&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>the tolerance -%1/+%2 is not symmetric: AICET uses ±%3</source>
        <translation>la tolérance -%1/+%2 n’est pas symétrique&#xa0;: AICET utilise ±%3</translation>
    </message>
    <message>
        <source>the relative tolerance of %1% becomes the absolute tolerance %2</source>
        <translation>la tolérance relative de %1&#xa0;% devient la tolérance absolue %2</translation>
    </message>
    <message>
        <source>only the best-scored number is kept as the answer</source>
        <translation>seul le nombre le mieux noté est gardé comme réponse</translation>
    </message>
    <message>
        <source>a text compared as a number</source>
        <translation>un texte comparé comme un nombre</translation>
    </message>
    <message>
        <source>an accepted answer longer than %1 characters is left out</source>
        <translation>une réponse acceptée de plus de %1 caractères est laissée de côté</translation>
    </message>
    <message>
        <source>the item gives no accepted answer (qti-correct-response or qti-mapping)</source>
        <translation>l’item ne donne aucune réponse acceptée (qti-correct-response ou qti-mapping)</translation>
    </message>
    <message>
        <source>the answers were case-sensitive; AICET ignores case and accents</source>
        <translation>les réponses tenaient compte des majuscules&#xa0;; AICET ignore les majuscules et les accents</translation>
    </message>
    <message>
        <source>a text entry of base type %1 (string, float or integer expected)</source>
        <translation>une saisie de texte de type de base %1 (string, float ou integer attendu)</translation>
    </message>
    <message>
        <source>a QTI 2 item (assessmentItem); only QTI 3.0 (qti-assessment-item) is read</source>
        <translation>un item QTI 2 (assessmentItem)&#xa0;; seul QTI 3.0 (qti-assessment-item) est lu</translation>
    </message>
    <message>
        <source>&lt;%1&gt; in namespace %2 is not a QTI 3.0 qti-assessment-item</source>
        <translation>&lt;%1&gt; dans l’espace de noms %2 n’est pas un qti-assessment-item QTI 3.0</translation>
    </message>
    <message>
        <source>an adaptive item (several attempts with changing content)</source>
        <translation>un item adaptatif (plusieurs essais avec un contenu qui change)</translation>
    </message>
    <message>
        <source>template variables (%1): AICET&apos;s items are fixed</source>
        <translation>variables de modèle (%1)&#xa0;: les items d’AICET sont fixes</translation>
    </message>
    <message>
        <source>a shared stimulus (%1), which is not imported</source>
        <translation>un support partagé (%1), qui n’est pas importé</translation>
    </message>
    <message>
        <source>&lt;%1&gt; left out</source>
        <translation>élément &lt;%1&gt; laissé de côté</translation>
    </message>
    <message>
        <source>no qti-item-body</source>
        <translation>pas de qti-item-body</translation>
    </message>
    <message>
        <source>an open answer needs a person to score it</source>
        <translation>une réponse ouverte doit être notée par une personne</translation>
    </message>
    <message>
        <source>a file upload needs a person to score it</source>
        <translation>un envoi de fichier doit être noté par une personne</translation>
    </message>
    <message>
        <source>a drawing needs a person to score it</source>
        <translation>un dessin doit être noté par une personne</translation>
    </message>
    <message>
        <source>answers given by pointing at a picture are not an AICET item type</source>
        <translation>les réponses données en pointant sur une image ne sont pas un type d’item d’AICET</translation>
    </message>
    <message>
        <source>answers given on a picture are not an AICET item type</source>
        <translation>les réponses données sur une image ne sont pas un type d’item d’AICET</translation>
    </message>
    <message>
        <source>AICET imports choice, order, match and text entry interactions only</source>
        <translation>AICET n’importe que les interactions de choix, de mise en ordre, d’association et de saisie de texte</translation>
    </message>
    <message>
        <source>%1 is not supported: %2</source>
        <translation>l’interaction %1 n’est pas prise en charge&#xa0;: %2</translation>
    </message>
    <message>
        <source>the question shows %1, which AICET cannot show</source>
        <translation>la question contient %1, qu’AICET ne sait pas afficher</translation>
    </message>
    <message>
        <source>%1 left out</source>
        <translation>laissé de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 interactions in one item; an AICET item has one</source>
        <translation>%1 interactions dans un seul item&#xa0;; un item AICET n’en a qu’une</translation>
    </message>
    <message>
        <source>no interaction: nothing to answer</source>
        <translation>aucune interaction&#xa0;: rien à répondre</translation>
    </message>
    <message>
        <source>the response %1 is not declared</source>
        <translation>la réponse %1 n’est pas déclarée</translation>
    </message>
    <message>
        <source>no response processing: scored by its correct response</source>
        <translation>pas de traitement des réponses&#xa0;: noté d’après sa réponse correcte</translation>
    </message>
    <message>
        <source>a numeric comparison on a %1</source>
        <translation>une comparaison numérique sur une interaction %1</translation>
    </message>
    <message>
        <source>no question text</source>
        <translation>pas de texte de question</translation>
    </message>
    <message>
        <source>%1 %2 renamed %3</source>
        <translation>%1 %2 renommé en %3</translation>
    </message>
    <message>
        <source>the metadata says %1, the QTI item reads as %2</source>
        <translation>les métadonnées indiquent %1, l’item QTI se lit comme %2</translation>
    </message>
    <message>
        <source>%1 is too large (more than %2 KiB)</source>
        <translation>%1 est trop gros (plus de %2 Kio)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads outside the package</source>
        <translation>«&#xa0;%1&#xa0;» mène hors du paquet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the package</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans le paquet</translation>
    </message>
    <message>
        <source>%1: the %2 version is left out: %3</source>
        <translation>%1&#xa0;: la version %2 est laissée de côté&#xa0;: %3</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>the item says no language (xml:lang): its texts are taken as %1</source>
        <translation>l’item n’indique pas de langue (xml:lang)&#xa0;: ses textes sont considérés comme étant en %1</translation>
    </message>
    <message>
        <source>the item is in %1, not a language of the bank: its texts are put under %2; translate them</source>
        <translation>l’item est en %1, qui n’est pas une langue de la banque&#xa0;: ses textes sont placés sous %2&#xa0;; traduisez-les</translation>
    </message>
    <message>
        <source>%1: its %2 version has other choices than the %3 one: left out</source>
        <translation>%1&#xa0;: sa version %2 a d’autres choix que la version %3&#xa0;: laissée de côté</translation>
    </message>
    <message>
        <source>%1: its %2 version is left out: the bank&apos;s languages are %3</source>
        <translation>%1&#xa0;: sa version %2 est laissée de côté&#xa0;: les langues de la banque sont %3</translation>
    </message>
    <message>
        <source>no %1 version: the %2 texts were copied; translate them</source>
        <translation>pas de version %1&#xa0;: les textes %2 ont été copiés&#xa0;; traduisez-les</translation>
    </message>
    <message>
        <source>To be written: the QTI item has no explanation.</source>
        <translation>À écrire&#xa0;: l’item QTI n’a pas d’explication.</translation>
    </message>
    <message>
        <source>no explanation (qti-modal-feedback): write one</source>
        <translation>pas d’explication (qti-modal-feedback)&#xa0;: écrivez-en une</translation>
    </message>
    <message>
        <source>the explanation is made of the item&apos;s feedback texts: check it</source>
        <translation>l’explication est faite des textes de retour de l’item&#xa0;: vérifiez-la</translation>
    </message>
    <message>
        <source>Picture %1 (alternative text to be written)</source>
        <translation>Image %1 (texte alternatif à écrire)</translation>
    </message>
    <message>
        <source>the picture has no alternative text: write one</source>
        <translation>l’image n’a pas de texte alternatif&#xa0;: écrivez-en un</translation>
    </message>
    <message>
        <source>it was %1 in the bank it came from; imported as %2</source>
        <translation>l’item était %1 dans sa banque d’origine&#xa0;; importé en %2</translation>
    </message>
    <message>
        <source>competency %1 is not in this bank: placed under %2</source>
        <translation>la compétence %1 n’est pas dans cette banque&#xa0;: item placé sous %2</translation>
    </message>
    <message>
        <source>placed under competency %1, the bank&apos;s first: check it</source>
        <translation>item placé sous la compétence %1, la première de la banque&#xa0;: vérifiez-le</translation>
    </message>
    <message>
        <source>theme %1 is not in this bank: left out</source>
        <translation>le thème %1 n’est pas dans cette banque&#xa0;: laissé de côté</translation>
    </message>
    <message>
        <source>IRT parameters left out: %1</source>
        <translation>paramètres IRT laissés de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>the bank folder %1 is too large to be checked (more than 20000 files or 1 GiB)</source>
        <translation>le dossier de la banque %1 est trop gros pour être vérifié (plus de 20000 fichiers ou 1 Gio)</translation>
    </message>
    <message>
        <source>%1 cannot be copied for the check</source>
        <translation>%1 ne peut pas être copié pour la vérification</translation>
    </message>
    <message>
        <source>imported items are draft or pilot, never %1</source>
        <translation>les items importés sont draft ou pilot, jamais %1</translation>
    </message>
    <message>
        <source>%1: the bank cannot be read: %2</source>
        <translation>%1&#xa0;: la banque ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a bank of parameters only: it holds no questions</source>
        <translation>%1 est une banque de paramètres seulement&#xa0;: elle ne contient aucune question</translation>
    </message>
    <message>
        <source>%1: the bank has no competency to place questions under</source>
        <translation>%1&#xa0;: la banque n’a aucune compétence sous laquelle placer les questions</translation>
    </message>
    <message>
        <source>the bank has no competency %1 (it has %2)</source>
        <translation>la banque n’a pas de compétence %1 (elle a %2)</translation>
    </message>
    <message>
        <source>the bank has errors of its own (see bank validate); they are not the import&apos;s</source>
        <translation>la banque a ses propres erreurs (voir bank validate)&#xa0;; elles ne viennent pas de l’import</translation>
    </message>
    <message>
        <source>%1: more than %2 files</source>
        <translation>%1&#xa0;: plus de %2 fichiers</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1&#xa0;: refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a QTI package: there is no imsmanifest.xml at its root</source>
        <translation>%1&#xa0;: ce n’est pas un paquet QTI&#xa0;: il n’y a pas d’imsmanifest.xml à sa racine</translation>
    </message>
    <message>
        <source>a QTI 2 item (%1, resource type %2); only QTI 3.0 items are read</source>
        <translation>un item QTI 2 (%1, type de ressource %2)&#xa0;; seuls les items QTI 3.0 sont lus</translation>
    </message>
    <message>
        <source>%1 is a test, not an item: tests are not imported, the items they use are</source>
        <translation>%1 est un test, pas un item&#xa0;: les tests ne sont pas importés, les items qu’ils utilisent le sont</translation>
    </message>
    <message>
        <source>%1 is a shared stimulus: not imported</source>
        <translation>%1 est un support partagé&#xa0;: non importé</translation>
    </message>
    <message>
        <source>%1 is not listed in imsmanifest.xml: not read</source>
        <translation>%1 n’est pas listé dans imsmanifest.xml&#xa0;: non lu</translation>
    </message>
    <message>
        <source>the resource %1 names no file (href)</source>
        <translation>la ressource %1 n’indique aucun fichier (href)</translation>
    </message>
    <message>
        <source>the resource&apos;s file &quot;%1&quot; leads outside the package</source>
        <translation>le fichier «&#xa0;%1&#xa0;» de la ressource mène hors du paquet</translation>
    </message>
    <message>
        <source>id %1 renamed %2 (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>id %1 renommé en %2 (lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;», «&#xa0;-&#xa0;»)</translation>
    </message>
    <message>
        <source>the bank already has an item %1 (%2:%3): not overwritten</source>
        <translation>la banque a déjà un item %1 (%2:%3)&#xa0;: non écrasé</translation>
    </message>
    <message>
        <source>another item of the package has the id %1</source>
        <translation>un autre item du paquet a l’id %1</translation>
    </message>
    <message>
        <source>picture %1 left out: %2</source>
        <translation>image %1 laissée de côté&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not in the package</source>
        <translation>elle n’est pas dans le paquet</translation>
    </message>
    <message>
        <source>AICET shows PNG, JPEG and SVG pictures only</source>
        <translation>AICET n’affiche que les images PNG, JPEG et SVG</translation>
    </message>
    <message>
        <source>it leads outside the package</source>
        <translation>elle mène hors du paquet</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
    <message>
        <source>no temporary folder to check the items in: %1</source>
        <translation>pas de dossier temporaire où vérifier les items&#xa0;: %1</translation>
    </message>
    <message>
        <source>bank validate warns: %1</source>
        <translation>bank validate avertit&#xa0;: %1</translation>
    </message>
    <message>
        <source>the imported items make the bank unusable: %1</source>
        <translation>les items importés rendent la banque inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>the bank format refuses it: %1</source>
        <translation>le format de banque le refuse&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 appeared during the import: not overwritten</source>
        <translation>%1 est apparu pendant l’import&#xa0;: non écrasé</translation>
    </message>
    <message>
        <source>%1: its %2 version shows another picture (%3): the %4 picture is imported for every language; give each language its own in the item&apos;s file (image.file)</source>
        <translation>%1&#xa0;: sa version %2 montre une autre image (%3)&#xa0;: l’image %4 est importée pour toutes les langues&#xa0;; donnez à chaque langue la sienne dans le fichier de l’item (image.file)</translation>
    </message>
</context>
<context>
    <name>ReportsText</name>
    <message>
        <source>cannot draw the PDF</source>
        <translation>impossible de dessiner le PDF</translation>
    </message>
    <message>
        <source>the QR code cannot hold this payload</source>
        <translation>le code QR ne peut pas contenir ce contenu signé</translation>
    </message>
    <message>
        <source>the PDF cannot be read</source>
        <translation>le PDF ne peut pas être lu</translation>
    </message>
    <message>
        <source>the document&apos;s number is not printed where it belongs</source>
        <translation>le numéro du document n’est pas imprimé à sa place</translation>
    </message>
    <message>
        <source>the text printed under the QR code</source>
        <translation>le texte imprimé sous le code QR</translation>
    </message>
    <message>
        <source>the number (%1 printed)</source>
        <translation>le numéro (%1 imprimé)</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>le numéro</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>the date (%1 printed, %2 signed)</source>
        <translation>la date (%1 imprimée, %2 signée)</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la date</translation>
    </message>
    <message>
        <source>the level (this computer does not have the bank %1 to read its name)</source>
        <translation>le niveau (cet ordinateur n’a pas la banque %1 pour lire son nom)</translation>
    </message>
    <message>
        <source>the level (%1 signed)</source>
        <translation>le niveau (%1 signé)</translation>
    </message>
    <message>
        <source>the score (%1 signed)</source>
        <translation>le score (%1 signé)</translation>
    </message>
    <message>
        <source>the score</source>
        <translation>le score</translation>
    </message>
    <message>
        <source>an attestation shows a level</source>
        <translation>une attestation montre un niveau</translation>
    </message>
    <message>
        <source>an attestation shows a score</source>
        <translation>une attestation montre un score</translation>
    </message>
    <message>
        <source>a certificate has one page; this document has %1</source>
        <translation>un certificat a une page&#xa0;; ce document en a %1</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>no sitting with the code &quot;%1&quot;</source>
        <translation>aucune session avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation>passation %1 introuvable</translation>
    </message>
    <message>
        <source>session %1 refers to a sitting or candidate that is missing</source>
        <translation>la passation %1 renvoie à une session ou à un candidat qui n’existe plus</translation>
    </message>
    <message>
        <source>time up</source>
        <translation>temps écoulé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>test arrêté</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>not precise enough</source>
        <translation>pas assez précis</translation>
    </message>
    <message>
        <source>the bank %1 has no language &quot;%2&quot; (it has %3)</source>
        <translation>la banque %1 n’a pas de langue «&#xa0;%2&#xa0;» (elle a %3)</translation>
    </message>
    <message>
        <source>answers that look random</source>
        <translation>réponses qui semblent données au hasard</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) too fast to have been read</source>
        <translation>
            <numerusform>%n réponse trop rapide pour avoir été lue</numerusform>
            <numerusform>%n réponses trop rapides pour avoir été lues</numerusform>
        </translation>
    </message>
    <message>
        <source>consistent answers</source>
        <translation>réponses cohérentes</translation>
    </message>
    <message>
        <source>answers not assessed</source>
        <translation>réponses non évaluées</translation>
    </message>
</context>
<context>
    <name>SaveFileText</name>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 est un dossier</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2 (nothing was written)</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2 (rien n’a été écrit)</translation>
    </message>
</context>
<context>
    <name>Sittings</name>
    <message>
        <source>the code must be 3 to 32 letters, digits or &apos;-&apos;</source>
        <translation>le code doit comporter de 3 à 32 lettres, chiffres ou «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>the sitting must close after it opens</source>
        <translation>la session doit fermer après son ouverture</translation>
    </message>
    <message>
        <source>numbers of questions, the precision target and the time limit cannot be negative</source>
        <translation>les nombres de questions, la précision visée et la limite de temps ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>extra time is given as a candidate code and a number of minutes above 0, e.g. 4B-07=10</source>
        <translation>le temps supplémentaire s’indique par un code de candidat et un nombre de minutes supérieur à 0, par ex. 4B-07=10</translation>
    </message>
    <message>
        <source>%1 is a parameters-only bank (purpose: simulation): it has no questions to show</source>
        <translation>%1 est une banque de paramètres seuls (purpose: simulation)&#xa0;: elle n’a aucune question à afficher</translation>
    </message>
    <message>
        <source>the bank has no language &quot;%1&quot; (it has %2)</source>
        <translation>la banque n’a pas de langue «&#xa0;%1&#xa0;» (elle a&#xa0;: %2)</translation>
    </message>
    <message>
        <source>no sitting with the code &quot;%1&quot;</source>
        <translation>aucune session avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the practice bank cannot be read: %1</source>
        <translation>la banque d’entraînement ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Practice test</source>
        <translation>Test d’entraînement</translation>
    </message>
    <message>
        <source>a sitting with the code &quot;%1&quot; already exists (codes are the same whatever their case and dashes)</source>
        <translation>une session avec le code «&#xa0;%1&#xa0;» existe déjà (les codes sont les mêmes quelles que soient les majuscules et les tirets)</translation>
    </message>
    <message>
        <source>choose at least one class</source>
        <translation>choisissez au moins une classe</translation>
    </message>
    <message>
        <source>no class %1</source>
        <translation>pas de classe %1</translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; belongs to another teacher</source>
        <translation>la classe «&#xa0;%1&#xa0;» appartient à un autre enseignant</translation>
    </message>
    <message>
        <source>the pupils of %1 could not all be registered (%2): the sitting %3 was closed; create it again</source>
        <translation>les élèves de %1 n’ont pas tous pu être inscrits (%2)&#xa0;: la session %3 a été fermée&#xa0;; créez-la à nouveau</translation>
    </message>
    <message numerus="yes">
        <source>sitting %1 created for %n pupil(s)</source>
        <translation>
            <numerusform>session %1 créée pour %n élève</numerusform>
            <numerusform>session %1 créée pour %n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>extra time must be between 0 and 1440 minutes</source>
        <translation>le temps supplémentaire doit être compris entre 0 et 1440 minutes</translation>
    </message>
    <message>
        <source>the sitting %1 is another teacher&apos;s: only they or an administrator may open or close it</source>
        <translation>la session %1 est celle d’un autre enseignant&#xa0;: seul cet enseignant ou un administrateur peut l’ouvrir ou la fermer</translation>
    </message>
    <message>
        <source>kept for the sitting %1</source>
        <translation>gardée pour la session %1</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the name is longer than 80 characters</source>
        <translation>le nom dépasse 80 caractères</translation>
    </message>
    <message>
        <source>the name holds an invisible character</source>
        <translation>le nom contient un caractère invisible</translation>
    </message>
    <message>
        <source>the password must have at least %1 characters</source>
        <translation>le mot de passe doit avoir au moins %1 caractères</translation>
    </message>
    <message>
        <source>the password must not be the name</source>
        <translation>le mot de passe ne doit pas être le nom</translation>
    </message>
    <message>
        <source>the password must not be one character repeated</source>
        <translation>le mot de passe ne doit pas être un seul caractère répété</translation>
    </message>
    <message>
        <source>the password could not be hashed (not enough memory)</source>
        <translation>le mot de passe n’a pas pu être haché (mémoire insuffisante)</translation>
    </message>
    <message>
        <source>only an administrator adds staff accounts</source>
        <translation>seul un administrateur ajoute des comptes du personnel</translation>
    </message>
    <message>
        <source>wrong name or password</source>
        <translation>nom ou mot de passe incorrect</translation>
    </message>
    <message numerus="yes">
        <source>too many wrong passwords: wait %n second(s) before trying again</source>
        <translation>
            <numerusform>trop de mots de passe incorrects&#xa0;: attendez %n seconde avant de réessayer</numerusform>
            <numerusform>trop de mots de passe incorrects&#xa0;: attendez %n secondes avant de réessayer</numerusform>
        </translation>
    </message>
    <message>
        <source>the account &quot;%1&quot; is disabled: ask an administrator</source>
        <translation>le compte «&#xa0;%1&#xa0;» est désactivé&#xa0;: adressez-vous à un administrateur</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>connecté en tant que %1</translation>
    </message>
    <message>
        <source>no staff account named &quot;%1&quot;</source>
        <translation>aucun compte du personnel nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>only an administrator changes another account&apos;s password</source>
        <translation>seul un administrateur change le mot de passe d’un autre compte</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>le mot de passe actuel est incorrect</translation>
    </message>
    <message>
        <source>password of &quot;%1&quot; changed</source>
        <translation>mot de passe de «&#xa0;%1&#xa0;» changé</translation>
    </message>
    <message>
        <source>only an administrator disables or enables accounts</source>
        <translation>seul un administrateur désactive ou réactive des comptes</translation>
    </message>
    <message>
        <source>an administrator cannot disable their own account</source>
        <translation>un administrateur ne peut pas désactiver son propre compte</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; disabled</source>
        <translation>compte «&#xa0;%1&#xa0;» désactivé</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; enabled</source>
        <translation>compte «&#xa0;%1&#xa0;» réactivé</translation>
    </message>
    <message>
        <source>administrator account &quot;%1&quot; created</source>
        <translation>compte administrateur «&#xa0;%1&#xa0;» créé</translation>
    </message>
    <message>
        <source>trainer account &quot;%1&quot; created</source>
        <translation>compte formateur «&#xa0;%1&#xa0;» créé</translation>
    </message>
    <message>
        <source>teacher account &quot;%1&quot; created</source>
        <translation>compte enseignant «&#xa0;%1&#xa0;» créé</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>no session %1</source>
        <translation>passation %1 introuvable</translation>
    </message>
    <message>
        <source>session %1 reached the end of its test: there is nothing left to answer</source>
        <translation>la passation %1 est arrivée à la fin de son test&#xa0;: il ne reste rien à répondre</translation>
    </message>
    <message>
        <source>session %1 is %2: this cannot be done now</source>
        <translation>la passation %1 est à l’état %2&#xa0;: cette action est impossible pour le moment</translation>
    </message>
    <message>
        <source>session %1 paused</source>
        <translation>passation %1 en pause</translation>
    </message>
    <message>
        <source>session %1 goes on</source>
        <translation>passation %1 reprise</translation>
    </message>
    <message>
        <source>extra time must be more than 0 and at most 1440 minutes</source>
        <translation>le temps supplémentaire doit être supérieur à 0 et d’au plus 1440 minutes</translation>
    </message>
    <message>
        <source>session %1: %2 more minutes</source>
        <translation>passation %1&#xa0;: %2 minutes de plus</translation>
    </message>
    <message>
        <source>extra time must be between 0 and 1440 minutes</source>
        <translation>le temps supplémentaire doit être compris entre 0 et 1440 minutes</translation>
    </message>
    <message>
        <source>session %1 reopened</source>
        <translation>passation %1 rouverte</translation>
    </message>
    <message>
        <source>session %1 stopped; its confirmed answers are scored</source>
        <translation>passation %1 arrêtée&#xa0;; ses réponses confirmées sont prises en compte dans le score</translation>
    </message>
    <message>
        <source>no sitting for session %1</source>
        <translation>aucune session pour la passation %1</translation>
    </message>
    <message>
        <source>session %1 kept changing while this was being done: try again</source>
        <translation>la passation %1 n’a cessé de changer pendant l’opération&#xa0;: réessayez</translation>
    </message>
    <message>
        <source>session %1 reopened with %2 more minutes</source>
        <translation>passation %1 rouverte avec %2 minutes en plus</translation>
    </message>
    <message>
        <source>session %1 is %2: only a test under way can be continued elsewhere (reopen it first)</source>
        <translation>la passation %1 est à l’état %2&#xa0;: seul un test en cours peut être continué ailleurs (rouvrez-la d’abord)</translation>
    </message>
    <message>
        <source>session %1 may be continued once on another computer: the pupil types the same codes there</source>
        <translation>la passation %1 peut être continuée une fois sur un autre ordinateur&#xa0;: l’élève y tape les mêmes codes</translation>
    </message>
    <message>
        <source>session %1 has used all its time: reopen it with more minutes</source>
        <translation>la passation %1 a utilisé tout son temps&#xa0;: rouvrez-la avec des minutes en plus</translation>
    </message>
    <message>
        <source>say why the session is reopened</source>
        <translation>dites pourquoi la passation est rouverte</translation>
    </message>
    <message>
        <source>say why the session is stopped</source>
        <translation>dites pourquoi la passation est arrêtée</translation>
    </message>
    <message>
        <source>session %1 has no time limit: extra time changes nothing</source>
        <translation>la passation %1 n’a pas de limite de temps&#xa0;: du temps supplémentaire ne change rien</translation>
    </message>
    <message>
        <source>session %1 already has %2 minutes of extra time</source>
        <translation>la passation %1 a déjà %2 minutes de temps supplémentaire</translation>
    </message>
    <message>
        <source>session %1 has already used more time than that would leave: give at least %2 minutes</source>
        <translation>la passation %1 a déjà utilisé plus de temps que cela n’en laisserait&#xa0;: donnez au moins %2 minutes</translation>
    </message>
    <message>
        <source>session %1: extra time set to %2 minutes</source>
        <translation>passation %1&#xa0;: temps supplémentaire fixé à %2 minutes</translation>
    </message>
    <message>
        <source>say what happened</source>
        <translation>dites ce qui s’est passé</translation>
    </message>
    <message>
        <source>an incident note has at most 2000 characters</source>
        <translation>une note d’incident a au plus 2000 caractères</translation>
    </message>
    <message>
        <source>session %1: incident noted</source>
        <translation>passation %1&#xa0;: incident noté</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source> The disk that holds it is full: free some space.</source>
        <translation> Le disque qui la contient est plein&#xa0;: libérez de la place.</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql</source>
        <translation>le pilote PostgreSQL de Qt (QPSQL) n’est pas installé&#xa0;: installez le paquet Debian libqt6sql6-psql</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed: install the Debian package libqt6sql6-sqlite</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n’est pas installé&#xa0;: installez le paquet Debian libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>%1: not a PostgreSQL address such as postgresql://user@127.0.0.1/aicet</source>
        <translation>%1&#xa0;: ce n’est pas une adresse PostgreSQL comme postgresql://user@127.0.0.1/aicet</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1:%2/%3: %4</source>
        <translation>impossible de se connecter à PostgreSQL sur %1:%2/%3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>%1 is an empty file that AICET did not create: it was left untouched. Remove it, or choose another database file.</source>
        <translation>%1 est un fichier vide qu’AICET n’a pas créé&#xa0;: il n’a pas été modifié. Supprimez-le, ou choisissez un autre fichier de base de données.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a database file (it was left untouched)</source>
        <translation>%1 n’est pas un fichier de base de données (il n’a pas été modifié)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1: cannot create the database: %2</source>
        <translation>%1&#xa0;: impossible de créer la base de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the database file</source>
        <translation>%1&#xa0;: impossible de créer le fichier de base de données</translation>
    </message>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1&#xa0;: impossible d’ouvrir la base de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a usable database (%2); it was left untouched.</source>
        <translation>%1 est endommagé ou n’est pas une base de données utilisable (%2)&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation>%1 ne peut pas être ouvert (%2).</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data, not an AICET database (it was left untouched)</source>
        <translation>%1 contient les données d’un autre programme, pas une base de données AICET (il n’a pas été modifié)</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check failed (%2). It was left untouched: restore it from a backup, or ask for help to recover it.</source>
        <translation>%1 est endommagé&#xa0;: la vérification d’intégrité de SQLite a échoué (%2). Il n’a pas été modifié&#xa0;: restaurez-le à partir d’une sauvegarde, ou demandez de l’aide pour le récupérer.</translation>
    </message>
    <message>
        <source>%1 is not a usable database: %2</source>
        <translation>%1 n’est pas une base de données utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program (still busy after 5 s): %2</source>
        <translation>la base de données %1 est verrouillée par un autre programme (toujours occupée après 5 s)&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write to the database: %1</source>
        <translation>impossible d’écrire dans la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot save to the database: %1</source>
        <translation>impossible d’enregistrer dans la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: cannot create the tables: %2</source>
        <translation>%1&#xa0;: impossible de créer les tables&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1&#xa0;: impossible de lire la version du schéma&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of AICET (database schema %2; this version reads up to %3). Install the newer AICET; the database was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente d’AICET (schéma de base de données %2&#xa0;; cette version lit jusqu’au schéma %3). Installez la version plus récente d’AICET&#xa0;; la base de données n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation>impossible de lire la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot record candidate &quot;%1&quot;: %2</source>
        <translation>impossible d’enregistrer le candidat «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>candidate &quot;%1&quot; was not stored</source>
        <translation>le candidat «&#xa0;%1&#xa0;» n’a pas été enregistré</translation>
    </message>
    <message>
        <source>cannot erase the candidate: %1</source>
        <translation>impossible d’effacer le candidat&#xa0;: %1</translation>
    </message>
    <message>
        <source>no candidate #%1</source>
        <translation>candidat n° %1 introuvable</translation>
    </message>
    <message>
        <source>a sitting with the code &quot;%1&quot; already exists</source>
        <translation>une session avec le code «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>cannot create the sitting: %1</source>
        <translation>impossible de créer la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot change the sitting: %1</source>
        <translation>impossible de modifier la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>no sitting #%1</source>
        <translation>session n° %1 introuvable</translation>
    </message>
    <message>
        <source>cannot create the session: %1</source>
        <translation>impossible de créer la passation&#xa0;: %1</translation>
    </message>
    <message>
        <source>session %1 was not stored</source>
        <translation>la passation %1 n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>this test is already open in another AICET program on this computer</source>
        <translation>ce test est déjà ouvert dans un autre programme AICET sur cet ordinateur</translation>
    </message>
    <message>
        <source>cannot lock the session in %1</source>
        <translation>impossible de verrouiller la passation dans %1</translation>
    </message>
    <message>
        <source>cannot lock the session: %1</source>
        <translation>impossible de verrouiller la passation&#xa0;: %1</translation>
    </message>
    <message>
        <source>this test is already open in another AICET program (on this computer or another)</source>
        <translation>ce test est déjà ouvert dans un autre programme AICET (sur cet ordinateur ou un autre)</translation>
    </message>
    <message>
        <source>cannot read the session: %1</source>
        <translation>impossible de lire la passation&#xa0;: %1</translation>
    </message>
    <message>
        <source>no session #%1</source>
        <translation>passation n° %1 introuvable</translation>
    </message>
    <message>
        <source>cannot read the answers: %1</source>
        <translation>impossible de lire les réponses&#xa0;: %1</translation>
    </message>
    <message>
        <source>position %1 was already answered with another answer</source>
        <translation>la position %1 a déjà reçu une autre réponse</translation>
    </message>
    <message>
        <source>the session is %1: &quot;%2&quot; cannot be recorded</source>
        <translation>la passation est à l’état %1&#xa0;: l’événement «&#xa0;%2&#xa0;» ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>cannot read the event log: %1</source>
        <translation>impossible de lire le journal des événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot record the event: %1</source>
        <translation>impossible d’enregistrer l’événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot update the session: %1</source>
        <translation>impossible de mettre à jour la passation&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot save the result: %1</source>
        <translation>impossible d’enregistrer le résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot record in the audit log: %1</source>
        <translation>impossible d’écrire dans le journal d’audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>only SQLite databases can be limited</source>
        <translation>seules les bases de données SQLite peuvent être limitées</translation>
    </message>
    <message>
        <source>the session&apos;s log moved on meanwhile (event %1, not %2)</source>
        <translation>le journal de la passation a avancé entre-temps (événement %1, et non %2)</translation>
    </message>
    <message>
        <source>%1: cannot migrate the database to schema %2: %3</source>
        <translation>%1&#xa0;: impossible de migrer la base de données vers le schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>a reference of table %1 is broken</source>
        <translation>une référence de la table %1 est rompue</translation>
    </message>
    <message>
        <source>cannot change the session: %1</source>
        <translation>impossible de modifier la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>another program is reading or writing the database</source>
        <translation>un autre programme lit ou écrit la base de données</translation>
    </message>
    <message>
        <source>the erased fields were overwritten with zeros in %1 and its journal was emptied</source>
        <translation>les champs effacés ont été remplacés par des zéros dans %1 et son journal a été vidé</translation>
    </message>
    <message>
        <source>the journal %1-wal still holds old copies of the erased fields (%2); they are overwritten when every program using the database has closed it</source>
        <translation>le journal %1-wal garde encore d’anciennes copies des champs effacés (%2)&#xa0;; elles sont écrasées quand tous les programmes qui utilisent la base l’ont fermée</translation>
    </message>
    <message>
        <source>copies and backups of %1 made before the erasure still hold them</source>
        <translation>les copies et sauvegardes de %1 faites avant l’effacement les contiennent encore</translation>
    </message>
    <message>
        <source>VACUUM %1 was not run: this account does not own the table (%2); the server&apos;s administrator must run it</source>
        <translation>VACUUM %1 n’a pas été lancé&#xa0;: ce compte ne possède pas la table (%2)&#xa0;; l’administrateur du serveur doit le lancer</translation>
    </message>
    <message>
        <source>VACUUM %1 failed: %2</source>
        <translation>VACUUM %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 old row version(s) of %2 are still kept for a transaction open elsewhere; the next VACUUM (autovacuum) removes them</source>
        <translation>%1 ancienne(s) version(s) de lignes de %2 sont encore gardées pour une transaction ouverte ailleurs&#xa0;; le prochain VACUUM (autovacuum) les supprime</translation>
    </message>
    <message>
        <source>CHECKPOINT wrote the tables&apos; pages to the server&apos;s files</source>
        <translation>CHECKPOINT a écrit les pages des tables dans les fichiers du serveur</translation>
    </message>
    <message>
        <source>CHECKPOINT was refused (%1): the server writes the pages at its next checkpoint</source>
        <translation>CHECKPOINT a été refusé (%1)&#xa0;: le serveur écrit les pages à son prochain point de contrôle</translation>
    </message>
    <message>
        <source>the server&apos;s write-ahead log, its archives, replicas and backups keep old copies until they are recycled or expire: their administrator manages them</source>
        <translation>le journal de transactions du serveur (WAL), ses archives, ses réplicas et ses sauvegardes gardent d’anciennes copies jusqu’à leur recyclage ou leur expiration&#xa0;: leur administrateur les gère</translation>
    </message>
    <message>
        <source>the result is not a finite number: it is not stored</source>
        <translation>le résultat n’est pas un nombre fini&#xa0;: il n’est pas enregistré</translation>
    </message>
    <message>
        <source>cannot update the register of documents: %1</source>
        <translation>impossible de mettre à jour le registre des documents&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot record the document %1: %2</source>
        <translation>impossible d’enregistrer le document %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no document %1 that is not already revoked</source>
        <translation>aucun document %1 qui ne soit pas déjà révoqué</translation>
    </message>
    <message>
        <source>VACUUM removed the old row versions of the tables candidates and sittings from what the database can read (the server may keep their bytes in free space until it reuses it)</source>
        <translation>VACUUM a retiré les anciennes versions des lignes des tables candidates et sittings de ce que la base peut lire (le serveur peut garder leurs octets dans l’espace libre jusqu’à ce qu’il le réutilise)</translation>
    </message>
    <message>
        <source>document %1 was replaced meanwhile: issue again</source>
        <translation>le document %1 a été remplacé entre-temps&#xa0;: délivrez-le de nouveau</translation>
    </message>
    <message>
        <source>cannot read the staff accounts: %1</source>
        <translation>impossible de lire les comptes du personnel&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database already has staff accounts: the first administrator exists</source>
        <translation>la base a déjà des comptes du personnel&#xa0;: le premier administrateur existe</translation>
    </message>
    <message>
        <source>there is already a staff account named &quot;%1&quot;</source>
        <translation>il existe déjà un compte du personnel nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot add the staff account &quot;%1&quot;: %2</source>
        <translation>impossible d’ajouter le compte du personnel «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the staff account &quot;%1&quot; back</source>
        <translation>impossible de relire le compte du personnel «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot record the sign-in: %1</source>
        <translation>impossible d’enregistrer la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot change the password: %1</source>
        <translation>impossible de changer le mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot change the staff account: %1</source>
        <translation>impossible de modifier le compte du personnel&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot add the class &quot;%1&quot; (is there one of that name already?): %2</source>
        <translation>impossible d’ajouter la classe «&#xa0;%1&#xa0;» (en existe-t-il déjà une de ce nom&#xa0;?)&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the class &quot;%1&quot; back</source>
        <translation>impossible de relire la classe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot add the pupil %1 %2: %3</source>
        <translation>impossible d’ajouter l’élève %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot read the pupil %1 %2 back</source>
        <translation>impossible de relire l’élève %1 %2</translation>
    </message>
    <message>
        <source>cannot change the pupil: %1</source>
        <translation>impossible de modifier l’élève&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot remove the pupil: %1</source>
        <translation>impossible de retirer l’élève&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the sitting&apos;s settings: %1</source>
        <translation>impossible de lire les réglages de la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot change the sitting&apos;s settings: %1</source>
        <translation>impossible de modifier les réglages de la session&#xa0;: %1</translation>
    </message>
    <message>
        <source>no such sitting or candidate</source>
        <translation>session ou candidat introuvable</translation>
    </message>
    <message>
        <source>cannot read the sessions: %1</source>
        <translation>impossible de lire les passations&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the bank releases: %1</source>
        <translation>impossible de lire les versions des banques&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot record the bank release: %1</source>
        <translation>impossible d’enregistrer la version de la banque&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot record the bank release&apos;s file %1: %2</source>
        <translation>impossible d’enregistrer le fichier %1 de la version de la banque&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TestRun</name>
    <message>
        <source>unknown selection rule &quot;%1&quot;</source>
        <translation>règle de sélection «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>the stored answers of this session do not fit its question bank (answer %1, item &quot;%2&quot;)</source>
        <translation>les réponses enregistrées de cette passation ne correspondent pas à sa banque de questions (réponse %1, question «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>the result cannot be computed: the bank&apos;s parameters give a non-finite ability; tell the bank&apos;s author</source>
        <translation>le résultat ne peut pas être calculé&#xa0;: les paramètres de la banque donnent une compétence non finie&#xa0;; prévenez l’auteur de la banque</translation>
    </message>
    <message>
        <source>the result cannot be computed: the bank&apos;s parameters give a non-finite standard error; tell the bank&apos;s author</source>
        <translation>le résultat ne peut pas être calculé&#xa0;: les paramètres de la banque donnent une erreur type non finie&#xa0;; prévenez l’auteur de la banque</translation>
    </message>
    <message>
        <source>the result cannot be computed: the bank&apos;s parameters give a non-finite score; tell the bank&apos;s author</source>
        <translation>le résultat ne peut pas être calculé&#xa0;: les paramètres de la banque donnent un score non fini&#xa0;; prévenez l’auteur de la banque</translation>
    </message>
    <message>
        <source>the result cannot be computed: the bank&apos;s parameters give a non-finite ability in the area &quot;%1&quot;; tell the bank&apos;s author</source>
        <translation>le résultat ne peut pas être calculé&#xa0;: les paramètres de la banque donnent une compétence non finie dans le domaine «&#xa0;%1&#xa0;»&#xa0;; prévenez l’auteur de la banque</translation>
    </message>
    <message>
        <source>unknown stopping rule &quot;%1&quot; (classification or precision)</source>
        <translation>règle d’arrêt «&#xa0;%1&#xa0;» inconnue (classification ou precision)</translation>
    </message>
</context>
<context>
    <name>YamlText</name>
    <message>
        <source>a bank file holds one YAML document; remove the &apos;---&apos; separator</source>
        <translation>un fichier de banque contient un seul document YAML&#xa0;; supprimez le séparateur «&#xa0;---&#xa0;»</translation>
    </message>
    <message>
        <source>too many values in one file (more than %1)</source>
        <translation>trop de valeurs dans un même fichier (plus de %1)</translation>
    </message>
    <message>
        <source>anchors (&amp;name) and aliases (*name) are not allowed in bank files; write the value out</source>
        <translation>les ancres (&amp;name) et les alias (*name) ne sont pas autorisés dans les fichiers de banque&#xa0;; écrivez la valeur en entier</translation>
    </message>
    <message>
        <source>values nested more than %1 levels deep</source>
        <translation>valeurs imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>une valeur vide</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>une valeur simple</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <source>file too large (%1 bytes; at most %2)</source>
        <translation>fichier trop volumineux (%1 octets&#xa0;; au plus %2)</translation>
    </message>
    <message>
        <source>binary data (a NUL byte at offset %1), not a YAML text file</source>
        <translation>données binaires (un octet NUL à la position %1), pas un fichier texte YAML</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text; save it as UTF-8</source>
        <translation>le fichier n’est pas du texte UTF-8 valide&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>cannot read the YAML: %1</source>
        <translation>impossible de lire le YAML&#xa0;: %1</translation>
    </message>
    <message>
        <source>YAML syntax, line %1: %2 (the parser says: %3)</source>
        <translation>Syntaxe YAML, ligne %1&#xa0;: %2 (le lecteur YAML dit&#xa0;: %3)</translation>
    </message>
    <message>
        <source>a text begins with &quot; and is not closed on its line: end it with &quot; (a text between quotes must end with the same quote)</source>
        <translation>un texte commence par &quot; et n’est pas fermé sur sa ligne&#xa0;: terminez-le par &quot; (un texte entre guillemets doit finir par le même guillemet)</translation>
    </message>
    <message>
        <source>the apostrophe after &quot;%1&quot; ends the text that starts with &apos;: write it twice (%1&apos;&apos;%2…), or put the whole text between double quotes &quot;…&quot;</source>
        <translation>l’apostrophe après &quot;%1&quot; termine le texte qui commence par &apos;&#xa0;: écrivez-la deux fois (%1&apos;&apos;%2…), ou mettez tout le texte entre guillemets doubles &quot;…&quot;</translation>
    </message>
    <message>
        <source>the text after &quot;%1:&quot; holds a colon followed by a space (&quot;%2: &quot;), which YAML reads as a new field: put the whole text between double quotes &quot;…&quot;</source>
        <translation>le texte après &quot;%1:&quot; contient deux-points suivis d’une espace (&quot;%2: &quot;), que YAML lit comme un nouveau champ&#xa0;: mettez tout le texte entre guillemets doubles &quot;…&quot;</translation>
    </message>
    <message>
        <source>YAML syntax: %1 (check the quotes, colons and brackets of this line and the one before)</source>
        <translation>Syntaxe YAML&#xa0;: %1 (vérifiez les guillemets, les deux-points et les crochets de cette ligne et de la précédente)</translation>
    </message>
</context>
<context>
    <name>aicet::cli</name>
    <message>
        <source>The bank folder.</source>
        <translation>Le dossier de la banque de questions.</translation>
    </message>
    <message>
        <source>Write the diagnostics as JSON, for tools.</source>
        <translation>Écrire les diagnostics en JSON, pour les outils.</translation>
    </message>
    <message>
        <source>Checks a bank folder and prints every problem as file:line:column: error|warning: message. Exit status 0 when the bank is usable, 1 when it is not.</source>
        <translation>Vérifie un dossier de banque de questions et affiche chaque problème sous la forme file:line:column: error|warning: message. Code de sortie 0 si la banque est utilisable, 1 sinon.</translation>
    </message>
    <message>
        <source>exactly one bank folder</source>
        <translation>exactement un dossier de banque de questions</translation>
    </message>
    <message>
        <source>%1: %2 items (%3 operational), %4 error(s), %5 warning(s): %6
</source>
        <translation>%1&#xa0;: %2 items (%3 opérationnels), %4 erreur(s), %5 avertissement(s)&#xa0;: %6
</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>utilisable</translation>
    </message>
    <message>
        <source>NOT usable</source>
        <translation>NON utilisable</translation>
    </message>
    <message>
        <source>content hash: %1
</source>
        <translation>empreinte du contenu&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Write the statistics as CSV rows table,key,value.</source>
        <translation>Écrire les statistiques en lignes CSV table,key,value.</translation>
    </message>
    <message>
        <source>Simulate fixed-length tests of n items instead of the bank&apos;s default test settings.</source>
        <translation>Simuler des tests de longueur fixe de n items au lieu des paramètres de test par défaut de la banque.</translation>
    </message>
    <message>
        <source>Simulees per ability point of the curve (default 300).</source>
        <translation>Nombre de sujets simulés par point de niveau de la courbe (300 par défaut).</translation>
    </message>
    <message>
        <source>Seed of the simulation (default 1).</source>
        <translation>Graine de la simulation (1 par défaut).</translation>
    </message>
    <message>
        <source>Items by dimension, competency, level, type, status and language, and the precision a test reaches along the ability scale with the bank&apos;s default test settings (by simulation).</source>
        <translation>Items par dimension, compétence, niveau, type, statut et langue, et précision atteinte par un test le long de l’échelle de niveau avec les paramètres de test par défaut de la banque (par simulation).</translation>
    </message>
    <message>
        <source>--simulees takes a whole number from 1 to 100000, --seed a whole number</source>
        <translation>--simulees attend un nombre entier de 1 à 100000, --seed un nombre entier</translation>
    </message>
    <message>
        <source>--length takes a whole number from 1 to 10000</source>
        <translation>--length attend un nombre entier de 1 à 10000</translation>
    </message>
    <message>
        <source>Bank %1 version %2: %3

</source>
        <translation>Banque %1 version %2&#xa0;: %3

</translation>
    </message>
    <message>
        <source>items by dimension</source>
        <translation>items par dimension</translation>
    </message>
    <message>
        <source>items by competency</source>
        <translation>items par compétence</translation>
    </message>
    <message>
        <source>items by progression level</source>
        <translation>items par niveau de progression</translation>
    </message>
    <message>
        <source>items by type</source>
        <translation>items par type</translation>
    </message>
    <message>
        <source>items by status</source>
        <translation>items par statut</translation>
    </message>
    <message>
        <source>items by theme</source>
        <translation>items par thème</translation>
    </message>
    <message>
        <source>items complete in each language</source>
        <translation>items complets dans chaque langue</translation>
    </message>
    <message>
        <source>Precision along the ability scale: %1 simulees per point, %2 selection, %3 to %4 items%5
</source>
        <translation>Précision le long de l’échelle de niveau&#xa0;: %1 sujets simulés par point, sélection %2, %3 à %4 items%5
</translation>
    </message>
    <message>
        <source>, SE target %1</source>
        <translation>, erreur type visée %1</translation>
    </message>
    <message>
        <source>  theta   bank info   test info   expected SE   mean SE   RMSE    bias    mean length
</source>
        <translation>  theta info banque   info test   ET attendue   ET moy.   RMSE   biais  longueur moy.
</translation>
    </message>
    <message>
        <source>
test info: information of the items given, at the true theta; expected SE = 1/sqrt(test info);
mean SE: the SE the test reports; RMSE and bias of the final estimate against the true theta.
</source>
        <translation>
info test&#xa0;: information des items posés, au theta vrai&#xa0;; ET attendue = 1/sqrt(info test), ET = erreur type&#xa0;;
ET moy.&#xa0;: erreur type moyenne annoncée par le test&#xa0;; RMSE et biais de l’estimation finale par rapport au theta vrai.
</translation>
    </message>
    <message>
        <source>check a bank: every problem with its position</source>
        <translation>vérifier une banque&#xa0;: chaque problème avec sa position</translation>
    </message>
    <message>
        <source>what a bank measures, and how precisely</source>
        <translation>ce que mesure une banque, et avec quelle précision</translation>
    </message>
    <message>
        <source>The session (the &quot;session&quot; column of results export).</source>
        <translation>La passation (la colonne «&#xa0;session&#xa0;» de results export).</translation>
    </message>
    <message>
        <source>The PDF to write (default certificate-&lt;id&gt;.pdf).</source>
        <translation>Le PDF à écrire (par défaut certificate-&lt;id&gt;.pdf).</translation>
    </message>
    <message>
        <source>fr or en (default: the sitting&apos;s, else the bank&apos;s).</source>
        <translation>fr ou en (par défaut&#xa0;: celle de la session, sinon celle de la banque).</translation>
    </message>
    <message>
        <source>The authority&apos;s logo (PNG, JPEG or SVG), printed at the top.</source>
        <translation>Le logo de l’autorité (PNG, JPEG ou SVG), imprimé en haut.</translation>
    </message>
    <message>
        <source>Address of the published verification page; the QR code then opens it with the payload.</source>
        <translation>Adresse de la page de vérification publiée&#xa0;; le code QR ouvre alors cette page avec le contenu signé.</translation>
    </message>
    <message>
        <source>Issues the certificate of a finished session (or a participation attestation when the result is not precise enough) as a signed PDF.</source>
        <translation>Délivre le certificat d’une passation terminée (ou une attestation de participation si le résultat n’est pas assez précis) sous forme de PDF signé.</translation>
    </message>
    <message>
        <source>--session takes a session number</source>
        <translation>--session attend un numéro de passation</translation>
    </message>
    <message>
        <source>%1: not a readable PNG, JPEG or SVG image</source>
        <translation>%1&#xa0;: ce n’est pas une image PNG, JPEG ou SVG lisible</translation>
    </message>
    <message>
        <source>certificate %1 written to %2
</source>
        <translation>certificat %1 écrit dans %2
</translation>
    </message>
    <message>
        <source>payload: %1
</source>
        <translation>contenu signé&#xa0;: %1
</translation>
    </message>
    <message>
        <source>A certificate PDF, or its payload text.</source>
        <translation>Un PDF de certificat, ou le texte de son contenu signé.</translation>
    </message>
    <message>
        <source>The issuer&apos;s public key (PEM); default: this computer&apos;s issuer key.</source>
        <translation>La clé publique de l’émetteur (PEM)&#xa0;; par défaut&#xa0;: la clé de l’émetteur de cet ordinateur.</translation>
    </message>
    <message>
        <source>Checks a certificate&apos;s signature. Exit status 0 when valid, 1 when not.</source>
        <translation>Vérifie la signature d’un certificat. Code de sortie 0 s’il est valide, 1 sinon.</translation>
    </message>
    <message>
        <source>a certificate PDF or its payload</source>
        <translation>un PDF de certificat ou son contenu signé</translation>
    </message>
    <message>
        <source>INVALID: %1
</source>
        <translation>INVALID: %1
</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>participation attestation</source>
        <translation>Attestation de participation</translation>
    </message>
    <message>
        <source>The issuer&apos;s private key whose public part the page holds.</source>
        <translation>La clé privée de l’émetteur dont la page contient la partie publique.</translation>
    </message>
    <message>
        <source>Or the issuer&apos;s public key (PEM).</source>
        <translation>Ou la clé publique de l’émetteur (PEM).</translation>
    </message>
    <message>
        <source>The issuing authority&apos;s name, shown on the page.</source>
        <translation>Le nom de l’autorité qui délivre les certificats, affiché sur la page.</translation>
    </message>
    <message>
        <source>The HTML file to write (default verify.html).</source>
        <translation>Le fichier HTML à écrire (verify.html par défaut).</translation>
    </message>
    <message>
        <source>Writes the static verification page to publish: one HTML file that checks certificates in the browser with the issuer&apos;s public key, offline.</source>
        <translation>Écrit la page de vérification statique à publier&#xa0;: un seul fichier HTML qui vérifie les certificats dans le navigateur avec la clé publique de l’émetteur, hors ligne.</translation>
    </message>
    <message>
        <source>the verification page is missing from this build</source>
        <translation>la page de vérification manque dans cette version compilée</translation>
    </message>
    <message>
        <source>verification page written to %1
</source>
        <translation>page de vérification écrite dans %1
</translation>
    </message>
    <message>
        <source>An Ed25519 private key in PEM.</source>
        <translation>Une clé privée Ed25519 au format PEM.</translation>
    </message>
    <message>
        <source>Where to keep it (default: this computer&apos;s issuer key).</source>
        <translation>Où la conserver (par défaut&#xa0;: la clé de l’émetteur de cet ordinateur).</translation>
    </message>
    <message>
        <source>Imports the authority&apos;s existing issuer key, so that this computer signs with it.</source>
        <translation>Importe la clé de l’émetteur existante de l’autorité, pour que cet ordinateur signe avec elle.</translation>
    </message>
    <message>
        <source>the private key file</source>
        <translation>le fichier de la clé privée</translation>
    </message>
    <message>
        <source>issuer key imported to %1
</source>
        <translation>clé de l’émetteur importée dans %1
</translation>
    </message>
    <message>
        <source>Write the public key (PEM) to this file instead of the standard output.</source>
        <translation>Écrire la clé publique (PEM) dans ce fichier au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Writes the issuer&apos;s public key (PEM), to publish for verification.</source>
        <translation>Écrit la clé publique de l’émetteur (PEM), à publier pour la vérification.</translation>
    </message>
    <message>
        <source>The PDF to write (default report-&lt;session&gt;.pdf).</source>
        <translation>Le PDF à écrire (par défaut report-&lt;session&gt;.pdf).</translation>
    </message>
    <message>
        <source>fr or en (default fr).</source>
        <translation>fr ou en (fr par défaut).</translation>
    </message>
    <message>
        <source>Writes a candidate&apos;s result report for evaluators: items, answers, explanations, the ability estimate after each item, time per item and focus losses.</source>
        <translation>Écrit le rapport de résultats d’un candidat pour les évaluateurs&#xa0;: questions, réponses, explications, niveau estimé après chaque question, temps par question et sorties de la fenêtre du test.</translation>
    </message>
    <message>
        <source>--session takes a session number, --language fr or en</source>
        <translation>--session attend un numéro de passation, --language fr ou en</translation>
    </message>
    <message>
        <source>report written to %1
</source>
        <translation>rapport écrit dans %1
</translation>
    </message>
    <message>
        <source>a candidate&apos;s result report for evaluators (PDF)</source>
        <translation>rapport de résultats d’un candidat pour les évaluateurs (PDF)</translation>
    </message>
    <message>
        <source>issue the certificate of a finished session</source>
        <translation>délivrer le certificat d’une passation terminée</translation>
    </message>
    <message>
        <source>check a certificate&apos;s signature</source>
        <translation>vérifier la signature d’un certificat</translation>
    </message>
    <message>
        <source>write the static verification page to publish</source>
        <translation>écrire la page de vérification statique à publier</translation>
    </message>
    <message>
        <source>import the authority&apos;s issuer key</source>
        <translation>importer la clé de l’émetteur de l’autorité</translation>
    </message>
    <message>
        <source>write the issuer&apos;s public key</source>
        <translation>écrire la clé publique de l’émetteur</translation>
    </message>
    <message>
        <source>aicet-cli: unknown command &quot;%1&quot;

</source>
        <translation>aicet-cli: commande «&#xa0;%1&#xa0;» inconnue

</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>give %1</source>
        <translation>indiquez %1</translation>
    </message>
    <message>
        <source>Run &apos;aicet-cli %1 --help&apos; for the options.</source>
        <translation>Lancez &apos;aicet-cli %1 --help&apos; pour voir les options.</translation>
    </message>
    <message>
        <source>Range of theta for ML, MAP and WLE (default -4,4).</source>
        <translation>Intervalle de theta pour ML, MAP et WLE (-4,4 par défaut).</translation>
    </message>
    <message>
        <source>Quadrature grid of EAP and of the weighted selection rules: lower, upper, nodes (default -4,4,33).</source>
        <translation>Grille de quadrature d’EAP et des règles de sélection pondérées&#xa0;: borne inférieure, borne supérieure, nombre de nœuds (-4,4,33 par défaut).</translation>
    </message>
    <message>
        <source>Normal prior of MAP and EAP: mean and SD (default 0,1).</source>
        <translation>Loi a priori normale de MAP et d’EAP&#xa0;: moyenne et écart-type (0,1 par défaut).</translation>
    </message>
    <message>
        <source>When ML, MAP or WLE has no root in the range, return the bound as catR 3.17 does (AICET&apos;s own rule falls back to EAP).</source>
        <translation>Quand ML, MAP ou WLE n’a pas de solution dans l’intervalle, renvoyer la borne comme le fait catR 3.17 (la règle propre à AICET se replie sur EAP).</translation>
    </message>
    <message>
        <source>--range takes two numbers, lo,hi (got &quot;%1&quot;)</source>
        <translation>--range attend deux nombres, lo,hi (reçu «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>--grid takes lo,hi,n with a whole number of nodes (got &quot;%1&quot;)</source>
        <translation>--grid attend lo,hi,n avec un nombre entier de nœuds (reçu «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>--prior takes two numbers, mean,sd (got &quot;%1&quot;)</source>
        <translation>--prior attend deux nombres, mean,sd (reçu «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>The database: a SQLite file, or postgresql://user@host[:port]/database (default: %1).</source>
        <translation>La base de données&#xa0;: un fichier SQLite, ou postgresql://user@host[:port]/database (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Usage: aicet-cli %1 &lt;command&gt; [options]

Commands:
</source>
        <translation>Utilisation&#xa0;: aicet-cli %1 &lt;command&gt; [options]

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run &apos;aicet-cli %1 &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>
Lancez &apos;aicet-cli %1 &lt;command&gt; --help&apos; pour voir les options d’une commande.
</translation>
    </message>
    <message>
        <source>aicet-cli %1: expected one of %2%3
</source>
        <translation>aicet-cli %1: une de ces commandes est attendue&#xa0;: %2%3
</translation>
    </message>
    <message>
        <source>, not &quot;%1&quot;</source>
        <translation>, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The item bank: a parameter CSV id,a,b,c,d[,domain].</source>
        <translation>La banque d’items&#xa0;: un CSV de paramètres id,a,b,c,d[,domain].</translation>
    </message>
    <message>
        <source>Response matrix CSV: header person then item ids; one row per person; empty cell = not administered.</source>
        <translation>CSV de la matrice de réponses&#xa0;: en-tête person puis les id des items&#xa0;; une ligne par personne&#xa0;; cellule vide = item non posé.</translation>
    </message>
    <message>
        <source>ml, map, eap or wle (default eap).</source>
        <translation>ml, map, eap ou wle (eap par défaut).</translation>
    </message>
    <message>
        <source>--bank and --responses are required</source>
        <translation>--bank et --responses sont obligatoires</translation>
    </message>
    <message>
        <source>unknown estimator &quot;%1&quot; (ml, map, eap or wle)</source>
        <translation>estimateur «&#xa0;%1&#xa0;» inconnu (ml, map, eap ou wle)</translation>
    </message>
    <message>
        <source>--content-targets takes dimension=proportion pairs separated by commas (got &quot;%1&quot;)</source>
        <translation>--content-targets attend des paires dimension=proportion séparées par des virgules (reçu «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>--content-targets: the bank has no dimension &quot;%1&quot; (it has: %2)</source>
        <translation>--content-targets&#xa0;: la banque n’a pas de dimension «&#xa0;%1&#xa0;» (elle a&#xa0;: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>unknown selection rule &quot;%1&quot; (mfi, bopt, mlwi or mpwi)</source>
        <translation>règle de sélection «&#xa0;%1&#xa0;» inconnue (mfi, bopt, mlwi ou mpwi)</translation>
    </message>
    <message>
        <source>--length takes a whole number from 1 to 100000</source>
        <translation>--length attend un nombre entier de 1 à 100000</translation>
    </message>
    <message>
        <source>--min-length takes a whole number no larger than the maximum length (%1)</source>
        <translation>--min-length attend un nombre entier qui ne dépasse pas la longueur maximale (%1)</translation>
    </message>
    <message>
        <source>--randomesque takes a whole number from 1 to 1000</source>
        <translation>--randomesque attend un nombre entier de 1 à 1000</translation>
    </message>
    <message>
        <source>--start-theta takes a number</source>
        <translation>--start-theta attend un nombre</translation>
    </message>
    <message>
        <source>--se-target takes a positive number (0 turns it off)</source>
        <translation>--se-target attend un nombre positif (0 le désactive)</translation>
    </message>
    <message>
        <source>--level-cuts takes ascending numbers separated by commas</source>
        <translation>--level-cuts attend des nombres croissants séparés par des virgules</translation>
    </message>
    <message>
        <source>--classify takes a confidence level between 0 and 1, e.g. 0.95</source>
        <translation>--classify attend un niveau de confiance entre 0 et 1, par ex. 0.95</translation>
    </message>
    <message>
        <source>--pilot-positions takes positions separated by commas</source>
        <translation>--pilot-positions attend des positions séparées par des virgules</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>The item bank: a bank folder, or a parameter CSV id,a,b,c,d[,domain].</source>
        <translation>La banque d’items&#xa0;: un dossier de banque, ou un CSV de paramètres id,a,b,c,d[,domain].</translation>
    </message>
    <message>
        <source>Number of simulees drawn from N(0,1) (default 1000).</source>
        <translation>Nombre de sujets simulés tirés selon N(0,1) (1000 par défaut).</translation>
    </message>
    <message>
        <source>CSV of true abilities: id,theta per line, after a header.</source>
        <translation>CSV des niveaux vrais&#xa0;: id,theta par ligne, après un en-tête.</translation>
    </message>
    <message>
        <source>Response matrix of every simulee to every item (header person then item ids): answers are taken from it instead of being drawn. Needs --true-theta.</source>
        <translation>Matrice des réponses de chaque sujet simulé à chaque item (en-tête person puis les id des items)&#xa0;: les réponses y sont lues au lieu d’être tirées au hasard. Demande --true-theta.</translation>
    </message>
    <message>
        <source>Maximum number of scored items (default: the bank&apos;s, 30 for a CSV bank).</source>
        <translation>Nombre maximal d’items notés (par défaut&#xa0;: celui de la banque, 30 pour une banque CSV).</translation>
    </message>
    <message>
        <source>Minimum number of scored items (default: the bank&apos;s).</source>
        <translation>Nombre minimal d’items notés (par défaut&#xa0;: celui de la banque).</translation>
    </message>
    <message>
        <source>Stop when the standard error reaches this value.</source>
        <translation>Arrêter quand l’erreur type atteint cette valeur.</translation>
    </message>
    <message>
        <source>Stop when the confidence interval at this level lies inside one level (needs --level-cuts).</source>
        <translation>Arrêter quand l’intervalle de confiance à ce niveau tient dans un seul niveau (demande --level-cuts).</translation>
    </message>
    <message>
        <source>Cut scores on theta between reported levels, ascending.</source>
        <translation>Seuils sur theta entre les niveaux affichés, dans l’ordre croissant.</translation>
    </message>
    <message>
        <source>mfi, bopt, mlwi or mpwi (default: the bank&apos;s, mfi for a CSV bank).</source>
        <translation>mfi, bopt, mlwi ou mpwi (par défaut&#xa0;: celle de la banque, mfi pour une banque CSV).</translation>
    </message>
    <message>
        <source>Estimator during the test: ml, map, eap or wle (default: the bank&apos;s, eap).</source>
        <translation>Estimateur pendant le test&#xa0;: ml, map, eap ou wle (par défaut&#xa0;: celui de la banque, eap).</translation>
    </message>
    <message>
        <source>Estimator of the final result (default: as --estimator).</source>
        <translation>Estimateur du résultat final (par défaut&#xa0;: comme --estimator).</translation>
    </message>
    <message>
        <source>Theta at which the first item is chosen (default: the bank&apos;s, 0).</source>
        <translation>Theta auquel le premier item est choisi (par défaut&#xa0;: celui de la banque, 0).</translation>
    </message>
    <message>
        <source>Choose at random among the k best items (default: the bank&apos;s, 1).</source>
        <translation>Choisir au hasard parmi les k meilleurs items (par défaut&#xa0;: la valeur de la banque, 1).</translation>
    </message>
    <message>
        <source>Sympson-Hetter exposure control: first compute the items&apos; parameters by simulation for this maximum exposure rate, then run the study with them.</source>
        <translation>Contrôle de l’exposition de Sympson-Hetter&#xa0;: calculer d’abord par simulation les paramètres des items pour ce taux d’exposition maximal, puis lancer l’étude avec eux.</translation>
    </message>
    <message>
        <source>Kingsbury-Zara content balancing: target proportion per dimension, e.g. D1=0.25,D2=0.25,D3=0.25,D4=0.25.</source>
        <translation>Équilibrage du contenu de Kingsbury-Zara&#xa0;: proportion visée par dimension, par ex. D1=0.25,D2=0.25,D3=0.25,D4=0.25.</translation>
    </message>
    <message>
        <source>1-based positions at which unscored pilot items are given.</source>
        <translation>Positions (numérotées à partir de 1) où sont posées les questions pilotes, non notées.</translation>
    </message>
    <message>
        <source>Item ids never given (already seen).</source>
        <translation>Id des items jamais posés (déjà vus).</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Nombre de fils d’exécution (par défaut&#xa0;: un par cœur).</translation>
    </message>
    <message>
        <source>Print the first n simulees&apos; tests step by step.</source>
        <translation>Afficher pas à pas les tests des n premiers sujets simulés.</translation>
    </message>
    <message>
        <source>Write per simulee sim_id,true_theta,theta_final,se_final,items to this file.</source>
        <translation>Écrire par sujet simulé sim_id,true_theta,theta_final,se_final,items dans ce fichier.</translation>
    </message>
    <message>
        <source>Simulation study of adaptive tests: bias, RMSE, test length, item exposure and speed.</source>
        <translation>Étude par simulation de tests adaptatifs&#xa0;: biais, RMSE, longueur du test, exposition des items et vitesse.</translation>
    </message>
    <message>
        <source>--bank is required</source>
        <translation>--bank est obligatoire</translation>
    </message>
    <message>
        <source>--replay needs --true-theta</source>
        <translation>--replay demande --true-theta</translation>
    </message>
    <message>
        <source>give either --simulees or --true-theta, not both</source>
        <translation>indiquez soit --simulees, soit --true-theta, pas les deux</translation>
    </message>
    <message>
        <source>--threads and --seed take whole numbers</source>
        <translation>--threads et --seed attendent des nombres entiers</translation>
    </message>
    <message>
        <source>--simulees takes a whole number from 1 to 10000000</source>
        <translation>--simulees attend un nombre entier de 1 à 10000000</translation>
    </message>
    <message>
        <source>N(0,1)</source>
        <translation>N(0,1)</translation>
    </message>
    <message>
        <source>%1: simulee &quot;%2&quot; of %3 has no row</source>
        <translation>%1&#xa0;: le sujet simulé «&#xa0;%2&#xa0;» de %3 n’a pas de ligne</translation>
    </message>
    <message>
        <source>replay of %1</source>
        <translation>rejeu de %1</translation>
    </message>
    <message>
        <source>--exposure-target takes a rate in (0, 1], e.g. 0.25</source>
        <translation>--exposure-target attend un taux dans ]0, 1], par ex. 0.25</translation>
    </message>
    <message>
        <source>Sympson-Hetter parameters: %1 after %2 rounds, maximum exposure %3 in calibration
</source>
        <translation>Paramètres de Sympson-Hetter&#xa0;: %1 après %2 itérations, exposition maximale %3 pendant le calibrage
</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>convergé</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>non convergés</translation>
    </message>
    <message>
        <source>Simulee %1, true theta %2
</source>
        <translation>Sujet simulé %1, theta vrai %2
</translation>
    </message>
    <message>
        <source>  step  item        response   theta      se
</source>
        <translation>  étape item         réponse   theta      ET
</translation>
    </message>
    <message>
        <source>  final: theta %1, SE %2, stopped by %3

</source>
        <translation>  final&#xa0;: theta %1, erreur type %2, arrêté par %3

</translation>
    </message>
    <message>
        <source>bank: %1 (%2 items)
</source>
        <translation>banque&#xa0;: %1 (%2 items)
</translation>
    </message>
    <message>
        <source>simulees: %1 (%2)
</source>
        <translation>sujets simulés&#xa0;: %1 (%2)
</translation>
    </message>
    <message>
        <source>test: %1 selection, %2 during the test, %3 final, %4 to %5 items
</source>
        <translation>test&#xa0;: sélection %1, %2 pendant le test, %3 pour le résultat final, %4 à %5 items
</translation>
    </message>
    <message>
        <source>mean test length: %1
</source>
        <translation>longueur moyenne du test&#xa0;: %1
</translation>
    </message>
    <message>
        <source>bias: %1
</source>
        <translation>biais&#xa0;: %1
</translation>
    </message>
    <message>
        <source>RMSE: %1
</source>
        <translation>RMSE&#xa0;: %1
</translation>
    </message>
    <message>
        <source>mean item exposure: %1
</source>
        <translation>exposition moyenne des items&#xa0;: %1
</translation>
    </message>
    <message>
        <source>max item exposure: %1
</source>
        <translation>exposition maximale des items&#xa0;: %1
</translation>
    </message>
    <message>
        <source>stop reasons: %1
</source>
        <translation>motifs d’arrêt&#xa0;: %1
</translation>
    </message>
    <message>
        <source>simulation time: %1 s (%2 candidates per second); whole command %3 s
</source>
        <translation>durée de la simulation&#xa0;: %1 s (%2 candidats par seconde)&#xa0;; commande entière&#xa0;: %3 s
</translation>
    </message>
    <message>
        <source>The access code pupils will type.</source>
        <translation>Le code d’accès que les élèves taperont.</translation>
    </message>
    <message>
        <source>A title shown to the teacher.</source>
        <translation>Un titre affiché pour l’enseignant.</translation>
    </message>
    <message>
        <source>Minimum number of questions.</source>
        <translation>Nombre minimal de questions.</translation>
    </message>
    <message>
        <source>Maximum number of questions.</source>
        <translation>Nombre maximal de questions.</translation>
    </message>
    <message>
        <source>Stop when the standard error reaches this value (0: off).</source>
        <translation>Arrêter quand l’erreur type atteint cette valeur (0&#xa0;: désactivé).</translation>
    </message>
    <message>
        <source>Time limit in minutes (0: none).</source>
        <translation>Limite de temps en minutes (0&#xa0;: aucune).</translation>
    </message>
    <message>
        <source>Language of the questions (default: the pupil chooses).</source>
        <translation>Langue des questions (par défaut&#xa0;: l’élève choisit).</translation>
    </message>
    <message>
        <source>Opening time, ISO 8601 (e.g. 2026-12-01T08:00:00Z).</source>
        <translation>Heure d’ouverture, ISO 8601 (par ex. 2026-12-01T08:00:00Z).</translation>
    </message>
    <message>
        <source>Closing time for starting the test, ISO 8601.</source>
        <translation>Heure limite pour commencer le test, ISO 8601.</translation>
    </message>
    <message>
        <source>Show the pupil their results at the end: yes or no (default yes).</source>
        <translation>Montrer ses résultats à l’élève à la fin&#xa0;: yes ou no (yes par défaut).</translation>
    </message>
    <message>
        <source>Show the explanations of missed questions: yes or no (default yes).</source>
        <translation>Montrer les explications des questions manquées&#xa0;: yes ou no (yes par défaut).</translation>
    </message>
    <message>
        <source>Ask pupils for their name as well as their code.</source>
        <translation>Demander aux élèves leur nom en plus de leur code.</translation>
    </message>
    <message>
        <source>Extra time for some candidates, e.g. 4B-07=10,4B-12=15 (minutes added to the time limit).</source>
        <translation>Temps supplémentaire pour certains candidats, par ex. 4B-07=10,4B-12=15 (minutes ajoutées à la limite de temps).</translation>
    </message>
    <message>
        <source>Creates a sitting: a planned test on a bank.</source>
        <translation>Crée une session d’évaluation&#xa0;: un test planifié sur une banque de questions.</translation>
    </message>
    <message>
        <source>--bank and --code are required</source>
        <translation>--bank et --code sont obligatoires</translation>
    </message>
    <message>
        <source>--%1 takes a number</source>
        <translation>--%1 attend un nombre</translation>
    </message>
    <message>
        <source>--%1 takes a whole number</source>
        <translation>--%1 attend un nombre entier</translation>
    </message>
    <message>
        <source>--extra-time takes candidate=minutes pairs, e.g. 4B-07=10</source>
        <translation>--extra-time attend des paires candidat=minutes, par ex. 4B-07=10</translation>
    </message>
    <message>
        <source>--show-results and --show-explanations take yes or no</source>
        <translation>--show-results et --show-explanations attendent yes ou no</translation>
    </message>
    <message>
        <source>--%1 takes an ISO 8601 time such as 2026-12-01T08:00:00Z</source>
        <translation>--%1 attend une heure ISO 8601 comme 2026-12-01T08:00:00Z</translation>
    </message>
    <message>
        <source>sitting %1 created on bank %2 (content hash %3)
</source>
        <translation>session %1 créée sur la banque %2 (empreinte du contenu %3)
</translation>
    </message>
    <message>
        <source>Write CSV.</source>
        <translation>Écrire en CSV.</translation>
    </message>
    <message>
        <source>Lists the sittings.</source>
        <translation>Liste les sessions d’évaluation.</translation>
    </message>
    <message>
        <source>code                 state    bank        sessions finished  created
</source>
        <translation>code                 état     banque    passations   finies  création
</translation>
    </message>
    <message>
        <source>(* practice sitting)
</source>
        <translation>(* session d’entraînement)
</translation>
    </message>
    <message>
        <source>The sitting&apos;s code.</source>
        <translation>Le code de la session.</translation>
    </message>
    <message>
        <source>Closes a sitting: no new session can start.</source>
        <translation>Ferme une session d’évaluation&#xa0;: aucune nouvelle passation ne peut commencer.</translation>
    </message>
    <message>
        <source>the code of the sitting to close</source>
        <translation>le code de la session à fermer</translation>
    </message>
    <message>
        <source>sitting %1 closed
</source>
        <translation>session %1 fermée
</translation>
    </message>
    <message>
        <source>Shows where every session of a sitting stands: state, answers, times the test window was left, last activity, result.</source>
        <translation>Montre où en est chaque passation d’une session&#xa0;: état, réponses, nombre de sorties de la fenêtre du test, dernière activité, résultat.</translation>
    </message>
    <message>
        <source>the code of the sitting</source>
        <translation>le code de la session</translation>
    </message>
    <message>
        <source>session candidate            state      answers  left window  last activity         level
</source>
        <translation>numéro  candidat             état      réponses      sorties  dernière activité     niveau
</translation>
    </message>
    <message>
        <source>The candidate&apos;s code.</source>
        <translation>Le code du candidat.</translation>
    </message>
    <message>
        <source>The candidate&apos;s name, when the sitting asks for it.</source>
        <translation>Le nom du candidat, quand la session le demande.</translation>
    </message>
    <message>
        <source>Answer as a simulated candidate of this ability.</source>
        <translation>Répondre comme un candidat simulé de ce niveau.</translation>
    </message>
    <message>
        <source>The session&apos;s seed when it is created; drives the simulated answers.</source>
        <translation>La graine de la passation à sa création&#xa0;; elle détermine les réponses simulées.</translation>
    </message>
    <message>
        <source>Wait this long before each answer.</source>
        <translation>Attendre ce délai avant chaque réponse.</translation>
    </message>
    <message>
        <source>Language of the questions (default: the sitting&apos;s, else the bank&apos;s).</source>
        <translation>Langue des questions (par défaut&#xa0;: celle de la session, sinon celle de la banque).</translation>
    </message>
    <message>
        <source>Takes a test through the real session controller as a simulated candidate; prints &quot;ack &lt;position&gt; &lt;item&gt; &lt;response&gt;&quot; per acknowledged answer. Run again after an interruption: it resumes.</source>
        <translation>Passe un test avec le vrai contrôleur de passation, comme un candidat simulé&#xa0;; affiche «&#xa0;ack &lt;position&gt; &lt;item&gt; &lt;response&gt;&#xa0;» pour chaque réponse acquittée. Relancez la commande après une interruption&#xa0;: elle reprend.</translation>
    </message>
    <message>
        <source>--sitting, --candidate and --simulate-theta are required</source>
        <translation>--sitting, --candidate et --simulate-theta sont obligatoires</translation>
    </message>
    <message>
        <source>--simulate-theta takes a number, --seed and --delay-ms whole numbers</source>
        <translation>--simulate-theta attend un nombre, --seed et --delay-ms des nombres entiers</translation>
    </message>
    <message>
        <source>the session ended without a result</source>
        <translation>la passation s’est terminée sans résultat</translation>
    </message>
    <message>
        <source>finished: theta %1, SE %2, level %3, %4 items, stopped by %5
</source>
        <translation>terminé&#xa0;: theta %1, erreur type %2, niveau %3, %4 items, arrêté par %5
</translation>
    </message>
    <message>
        <source>Why (recorded in the session&apos;s log and the audit log).</source>
        <translation>Pourquoi (inscrit dans le journal de la passation et dans le journal d’audit).</translation>
    </message>
    <message>
        <source>Minutes added to the session&apos;s time limit.</source>
        <translation>Minutes ajoutées à la limite de temps de la passation.</translation>
    </message>
    <message>
        <source>Pauses a session: its clock stops, answers wait.</source>
        <translation>Met une passation en pause&#xa0;: son chronomètre s’arrête, les réponses attendent.</translation>
    </message>
    <message>
        <source>Lets a paused session go on.</source>
        <translation>Fait reprendre une passation en pause.</translation>
    </message>
    <message>
        <source>Gives a session more time.</source>
        <translation>Donne plus de temps à une passation.</translation>
    </message>
    <message>
        <source>Reopens a finished or stopped session so that the pupil can go on (a reason is required).</source>
        <translation>Rouvre une passation terminée ou arrêtée pour que l’élève puisse continuer (une raison est obligatoire).</translation>
    </message>
    <message>
        <source>Stops a session under way; its confirmed answers are scored.</source>
        <translation>Arrête une passation en cours&#xa0;; ses réponses confirmées sont prises en compte dans le score.</translation>
    </message>
    <message>
        <source>the session number</source>
        <translation>le numéro de la passation</translation>
    </message>
    <message>
        <source>give a session number (and --minutes to extend)</source>
        <translation>indiquez un numéro de passation (et --minutes pour prolonger)</translation>
    </message>
    <message>
        <source>Write to this file (whole or not at all) instead of the standard output.</source>
        <translation>Écrire dans ce fichier (en entier ou pas du tout) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>--sitting is required</source>
        <translation>--sitting est obligatoire</translation>
    </message>
    <message>
        <source>Erases a candidate&apos;s personal fields (name, group, code) and keeps their anonymous responses.</source>
        <translation>Efface les données personnelles d’un candidat (nom, groupe, code) et conserve ses réponses anonymes.</translation>
    </message>
    <message>
        <source>Writes everything held about a candidate as JSON.</source>
        <translation>Écrit en JSON tout ce qui est conservé sur un candidat.</translation>
    </message>
    <message>
        <source>the candidate&apos;s code</source>
        <translation>le code du candidat</translation>
    </message>
    <message>
        <source>create a sitting: a planned test on a bank</source>
        <translation>créer une session d’évaluation&#xa0;: un test planifié sur une banque</translation>
    </message>
    <message>
        <source>list the sittings</source>
        <translation>lister les sessions d’évaluation</translation>
    </message>
    <message>
        <source>where every session of a sitting stands</source>
        <translation>où en est chaque passation d’une session d’évaluation</translation>
    </message>
    <message>
        <source>close a sitting to new sessions</source>
        <translation>fermer une session d’évaluation aux nouvelles passations</translation>
    </message>
    <message>
        <source>take a test as a simulated candidate</source>
        <translation>passer un test comme candidat simulé</translation>
    </message>
    <message>
        <source>pause a session</source>
        <translation>mettre une passation en pause</translation>
    </message>
    <message>
        <source>let a paused session go on</source>
        <translation>faire reprendre une passation en pause</translation>
    </message>
    <message>
        <source>give a session more time</source>
        <translation>donner plus de temps à une passation</translation>
    </message>
    <message>
        <source>reopen a finished or stopped session</source>
        <translation>rouvrir une passation terminée ou arrêtée</translation>
    </message>
    <message>
        <source>stop a session under way</source>
        <translation>arrêter une passation en cours</translation>
    </message>
    <message>
        <source>export a sitting&apos;s results or responses as CSV</source>
        <translation>exporter en CSV les résultats ou les réponses d’une session d’évaluation</translation>
    </message>
    <message>
        <source>write everything held about a candidate</source>
        <translation>écrire tout ce qui est conservé sur un candidat</translation>
    </message>
    <message>
        <source>erase a candidate&apos;s personal fields</source>
        <translation>effacer les données personnelles d’un candidat</translation>
    </message>
    <message>
        <source>aicet-cli: the output could not be written (is the disk full?)</source>
        <translation>aicet-cli: la sortie n’a pas pu être écrite (le disque est-il plein&#xa0;?)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>aicet-cli: no practice sitting: %1
</source>
        <translation>aicet-cli: pas de session d’entraînement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>stopped before question %1: no more input
</source>
        <translation>arrêt avant la question %1&#xa0;: plus d’entrée
</translation>
    </message>
    <message>
        <source>the end of the test could not be stored: %1</source>
        <translation>la fin du test n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the public key: %1</source>
        <translation>impossible de lire la clé publique&#xa0;: %1</translation>
    </message>
    <message>
        <source>incomplete (%1)</source>
        <translation>incomplète (%1)</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>aucun (%1)</translation>
    </message>
    <message>
        <source>Lets the pupil continue a session under way on another computer or window, once (their codes alone do not open a test that has begun elsewhere).</source>
        <translation>Permet à l’élève de continuer une fois une passation en cours sur un autre ordinateur ou dans une autre fenêtre (ses codes seuls n’ouvrent pas un test commencé ailleurs).</translation>
    </message>
    <message>
        <source>The sitting the candidate belongs to (needed when the code is used in several sittings).</source>
        <translation>La session du candidat (nécessaire quand le code est utilisé dans plusieurs sessions).</translation>
    </message>
    <message>
        <source>let a pupil continue a session on another computer</source>
        <translation>permettre à un élève de continuer une passation sur un autre ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>candidate %1: name, group and code erased; %n session(s) kept anonymously
</source>
        <translation>
            <numerusform>candidat %1&#xa0;: nom, groupe et code effacés&#xa0;; %n passation gardée de façon anonyme
</numerusform>
            <numerusform>candidat %1&#xa0;: nom, groupe et code effacés&#xa0;; %n passations gardées de façon anonyme
</numerusform>
        </translation>
    </message>
    <message>
        <source>The issuer&apos;s private key (made once by certificate create-key).</source>
        <translation>La clé privée de l’émetteur (créée une fois par certificate create-key).</translation>
    </message>
    <message>
        <source>certificate %1 (issued before, same number) written to %2
</source>
        <translation>certificat %1 (déjà délivré, même numéro) écrit dans %2
</translation>
    </message>
    <message>
        <source>participation attestation %1 (issued before, same number) written to %2
</source>
        <translation>attestation de participation %1 (déjà délivrée, même numéro) écrite dans %2
</translation>
    </message>
    <message>
        <source>participation attestation %1 written to %2
</source>
        <translation>attestation de participation %1 écrite dans %2
</translation>
    </message>
    <message>
        <source>not a certificate because: %1
</source>
        <translation>pas de certificat parce que&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Also check the register of this database: revoked documents are not valid.</source>
        <translation>Vérifier aussi le registre de cette base&#xa0;: les documents révoqués ne sont pas valables.</translation>
    </message>
    <message>
        <source>VALID %1 %2 for %3
</source>
        <translation>VALIDE&#xa0;: %1 %2 pour %3
</translation>
    </message>
    <message>
        <source>  number: %1
</source>
        <translation>  numéro&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  name: %1
</source>
        <translation>  nom&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  date: %1
</source>
        <translation>  date&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  level: %1
</source>
        <translation>  niveau&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  score: %1
</source>
        <translation>  score&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  question bank: %1 (%2)
</source>
        <translation>  banque de questions&#xa0;: %1 (%2)
</translation>
    </message>
    <message>
        <source>  register: %1
</source>
        <translation>  registre&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Check that the document shows exactly this.
</source>
        <translation>Vérifiez que le document montre exactement ceci.
</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The issuer&apos;s private key (default: this computer&apos;s issuer key).</source>
        <translation>La clé privée de l’émetteur (par défaut&#xa0;: la clé d’émetteur de cet ordinateur).</translation>
    </message>
    <message>
        <source>The document&apos;s number (XXXX-XXXX-XXXX).</source>
        <translation>Le numéro du document (XXXX-XXXX-XXXX).</translation>
    </message>
    <message>
        <source>Why (required; recorded in the register and the audit log).</source>
        <translation>Pourquoi (obligatoire&#xa0;; noté dans le registre et le journal d’audit).</translation>
    </message>
    <message>
        <source>Revokes an issued certificate or attestation: verifiers that consult the register then refuse it.</source>
        <translation>Révoque un certificat ou une attestation délivrés&#xa0;: les vérifications qui consultent le registre le refusent ensuite.</translation>
    </message>
    <message>
        <source>the document&apos;s number</source>
        <translation>le numéro du document</translation>
    </message>
    <message>
        <source>say why the document is revoked (--reason)</source>
        <translation>dites pourquoi le document est révoqué (--reason)</translation>
    </message>
    <message>
        <source>Creates the issuer&apos;s signing key, once (refused when there is one already). Publish its public key (export-key, verify-page) so that the certificates it signs can be checked.</source>
        <translation>Crée la clé de signature de l’émetteur, une seule fois (refusé s’il y en a déjà une). Publiez sa clé publique (export-key, verify-page) pour que les certificats qu’elle signe puissent être vérifiés.</translation>
    </message>
    <message>
        <source>issuer key %1 created in %2 (readable by its owner only); publish its public key with &quot;certificate export-key&quot; or &quot;certificate verify-page&quot;
</source>
        <translation>clé d’émetteur %1 créée dans %2 (lisible par son seul propriétaire)&#xa0;; publiez sa clé publique avec «&#xa0;certificate export-key&#xa0;» ou «&#xa0;certificate verify-page&#xa0;»
</translation>
    </message>
    <message>
        <source>revoke an issued certificate or attestation</source>
        <translation>révoquer un certificat ou une attestation délivrés</translation>
    </message>
    <message>
        <source>create the issuer&apos;s signing key, once</source>
        <translation>créer la clé de signature de l’émetteur, une seule fois</translation>
    </message>
    <message>
        <source>Write the long table candidate,position,item,response,score instead (for calibration; no byte order mark).</source>
        <translation>Écrire plutôt la table longue candidate,position,item,response,score (pour l’étalonnage&#xa0;; sans marque d’ordre des octets).</translation>
    </message>
    <message>
        <source>Language of the level names: fr or en (default: the sitting&apos;s, else the bank&apos;s).</source>
        <translation>Langue des noms de niveaux&#xa0;: fr ou en (par défaut&#xa0;: celle de la session, sinon celle de la banque).</translation>
    </message>
    <message>
        <source>csv (UTF-8 with a byte order mark) or json (an array of objects).</source>
        <translation>csv (UTF-8 avec une marque d’ordre des octets) ou json (un tableau d’objets).</translation>
    </message>
    <message>
        <source>The CSV separator: , (default) or ; (for spreadsheets set to French, which then read decimal commas, also written).</source>
        <translation>Le séparateur CSV&#xa0;: , (par défaut) ou ; (pour les tableurs réglés en français, qui lisent alors des virgules décimales, écrites aussi).</translation>
    </message>
    <message>
        <source>--format takes csv or json</source>
        <translation>--format prend csv ou json</translation>
    </message>
    <message>
        <source>--separator takes , or ;</source>
        <translation>--separator prend , ou ;</translation>
    </message>
    <message>
        <source>done: %1
</source>
        <translation>fait&#xa0;: %1
</translation>
    </message>
    <message>
        <source>remaining: %1
</source>
        <translation>reste&#xa0;: %1
</translation>
    </message>
    <message>
        <source>A question bank whose level names the page shows (repeatable; default: the bundled bank).</source>
        <translation>Une banque de questions dont la page affiche les noms de niveaux (répétable&#xa0;; par défaut&#xa0;: la banque fournie).</translation>
    </message>
    <message>
        <source>The file to publish beside the verification page (default revoked.js).</source>
        <translation>Le fichier à publier à côté de la page de vérification (par défaut revoked.js).</translation>
    </message>
    <message>
        <source>Writes the signed list of revoked document numbers, to publish beside the verification page (verify.html reads revoked.js from its own folder).</source>
        <translation>Écrit la liste signée des numéros de documents révoqués, à publier à côté de la page de vérification (verify.html lit revoked.js dans son propre dossier).</translation>
    </message>
    <message>
        <source>list of revoked numbers written to %1
</source>
        <translation>liste des numéros révoqués écrite dans %1
</translation>
    </message>
    <message>
        <source>write the signed list of revoked numbers to publish</source>
        <translation>écrire la liste signée des numéros révoqués, à publier</translation>
    </message>
    <message>
        <source>The largest share of tests an item may appear in (default 0.3).</source>
        <translation>La plus grande part des tests où un item peut apparaître (par défaut 0,3).</translation>
    </message>
    <message>
        <source>Simulees drawn from the prior per round (default 2000).</source>
        <translation>Candidats simulés tirés dans la loi a priori à chaque tour (par défaut 2000).</translation>
    </message>
    <message>
        <source>Write the parameters to the bank&apos;s %1 (otherwise only report them).</source>
        <translation>Écrire les paramètres dans le fichier %1 de la banque (sinon, seulement les afficher).</translation>
    </message>
    <message>
        <source>Computes the bank&apos;s Sympson-Hetter exposure parameters by simulation of its default test, so that no question appears in more than the target share of tests; with --write, stores them with the bank, for this version of the bank (the bank then applies them; once the bank changes, they are ignored until computed again).</source>
        <translation>Calcule les paramètres d’exposition de Sympson-Hetter de la banque en simulant son test par défaut, pour qu’aucune question n’apparaisse dans plus que la part visée des tests&#xa0;; avec --write, les range avec la banque, pour cette version de la banque (la banque les applique alors&#xa0;; dès qu’elle change, ils sont ignorés jusqu’à un nouveau calcul).</translation>
    </message>
    <message>
        <source>--target takes a rate in (0, 1], e.g. 0.3</source>
        <translation>--target attend un taux dans (0, 1], par exemple 0.3</translation>
    </message>
    <message>
        <source>--simulees takes a whole number from 100 to 1000000, --seed a whole number</source>
        <translation>--simulees attend un nombre entier de 100 à 1000000, --seed un nombre entier</translation>
    </message>
    <message>
        <source>Sympson-Hetter parameters for a maximum exposure of %1: %2 after %3 rounds, largest exposure %4
</source>
        <translation>Paramètres de Sympson-Hetter pour une exposition maximale de %1&#xa0;: %2 après %3 tours, plus forte exposition %4
</translation>
    </message>
    <message>
        <source>%1 of %2 questions are held back part of the time
</source>
        <translation>%1 questions sur %2 sont parfois écartées
</translation>
    </message>
    <message>
        <source>not written (--write stores them with the bank)
</source>
        <translation>non écrits (--write les range avec la banque)
</translation>
    </message>
    <message>
        <source>the parameters did not converge to the target %1: not written (try a higher target or more simulees)</source>
        <translation>les paramètres n’ont pas convergé vers la cible %1&#xa0;: non écrits (essayez une cible plus haute ou plus de candidats simulés)</translation>
    </message>
    <message>
        <source>written to %1
</source>
        <translation>écrits dans %1
</translation>
    </message>
    <message>
        <source>compute and store the bank&apos;s exposure control</source>
        <translation>calculer et ranger le contrôle de l’exposition de la banque</translation>
    </message>
    <message>
        <source>Estimates each person&apos;s ability; writes person,theta,se,rule as CSV to standard output.
The rule column says how theta was obtained:
  root          a root of the ML, MAP or WLE equation inside the range
  bound         the bound of the range that catR returns (--catr-compatible)
  eap           the EAP estimate (--estimator eap)
  eap-fallback  no interior maximum: the EAP estimate is reported instead</source>
        <translation>Estime la compétence de chaque personne&#xa0;; écrit person,theta,se,rule en CSV sur la sortie standard.
La colonne rule dit comment theta a été obtenu&#xa0;:
  root          une racine de l’équation ML, MAP ou WLE à l’intérieur de l’intervalle
  bound         la borne de l’intervalle que renvoie catR (--catr-compatible)
  eap           l’estimation EAP (--estimator eap)
  eap-fallback  pas de maximum intérieur&#xa0;: l’estimation EAP est donnée à la place</translation>
    </message>
    <message>
        <source>levels stated: %1% alone, %2% as two adjacent levels, %3% none
</source>
        <translation>niveaux énoncés&#xa0;: %1&#xa0;% seuls, %2&#xa0;% comme deux niveaux voisins, %3&#xa0;% aucun
</translation>
    </message>
    <message>
        <source>level alone and right: %1%; true level within what is stated: %2%
</source>
        <translation>niveau seul et juste&#xa0;: %1&#xa0;%&#xa0;; vrai niveau dans ce qui est énoncé&#xa0;: %2&#xa0;%
</translation>
    </message>
    <message>
        <source>Rudner&apos;s expected classification accuracy %1, consistency %2
</source>
        <translation>exactitude de classement attendue (Rudner) %1, constance %2
</translation>
    </message>
    <message>
        <source>%1% interval coverage: %2%
</source>
        <translation>couverture de l’intervalle à %1&#xa0;%&#xa0;: %2&#xa0;%
</translation>
    </message>
    <message>
        <source>certificates: %1% (%2% of them state a level above the true one)
</source>
        <translation>certificats&#xa0;: %1&#xa0;% (%2&#xa0;% d’entre eux énoncent un niveau au-dessus du vrai)
</translation>
    </message>
    <message>
        <source>answers flagged (person fit): %1%
</source>
        <translation>réponses signalées (ajustement de la personne)&#xa0;: %1&#xa0;%
</translation>
    </message>
    <message>
        <source>by true theta:
</source>
        <translation>par theta vrai&#xa0;:
</translation>
    </message>
    <message>
        <source>theta</source>
        <translation>theta</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>rmse</source>
        <translation>rmse</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>couv</translation>
    </message>
    <message>
        <source>se-ok</source>
        <translation>et-ok</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>énoncé</translation>
    </message>
    <message>
        <source>rudner</source>
        <translation>rudner</translation>
    </message>
    <message>
        <source>cert</source>
        <translation>cert</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>signal</translation>
    </message>
    <message>
        <source>How the simulees answer: model (as the IRT model gives for their true theta), random (a random option, random ticks, a random order) or first (always the first option shown). Needs a YAML bank for random and first.</source>
        <translation>Comment répondent les candidats simulés&#xa0;: model (comme le donne le modèle IRT pour leur theta vrai), random (une option au hasard, des cases cochées au hasard, un ordre au hasard) ou first (toujours la première option affichée). random et first demandent une banque YAML.</translation>
    </message>
    <message>
        <source>--answers takes model, random or first, not &quot;%1&quot;</source>
        <translation>--answers attend model, random ou first, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--answers %1 needs a bank with its questions (a YAML bank), and no --replay</source>
        <translation>--answers %1 demande une banque avec ses questions (une banque YAML), et pas de --replay</translation>
    </message>
    <message>
        <source>answers: %1
</source>
        <translation>réponses&#xa0;: %1
</translation>
    </message>
    <message>
        <source>When the test stops, after the minimum: classification (once the level is clear, for certification) or precision (once the standard error reaches its target). Default: the bank&apos;s.</source>
        <translation>Quand le test s’arrête, après le minimum&#xa0;: classification (dès que le niveau est clair, pour la certification) ou precision (dès que l’erreur type atteint sa cible). Par défaut&#xa0;: celle de la banque.</translation>
    </message>
    <message>
        <source>--stop takes classification or precision, not &quot;%1&quot;</source>
        <translation>--stop attend classification ou precision, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>How the simulated candidate answers: model (as the IRT model gives for --simulate-theta), random (a random option, random ticks, a random order) or first (always the first option shown).</source>
        <translation>Comment répond le candidat simulé&#xa0;: model (comme le donne le modèle IRT pour --simulate-theta), random (une option au hasard, des cases cochées au hasard, un ordre au hasard) ou first (toujours la première option affichée).</translation>
    </message>
    <message>
        <source>The time the simulated candidate takes per question, on the session&apos;s clock (it does not wait); 0: the real time taken.</source>
        <translation>Le temps que prend le candidat simulé par question, sur l’horloge de la session (il n’attend pas)&#xa0;; 0&#xa0;: le temps réellement pris.</translation>
    </message>
    <message>
        <source>--answer-seconds takes a number of seconds from 0 to 3600</source>
        <translation>--answer-seconds attend un nombre de secondes de 0 à 3600</translation>
    </message>
    <message>
        <source> - check: %1</source>
        <translation> - à vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>level probability %1; %2
</source>
        <translation>probabilité du niveau %1&#xa0;; %2
</translation>
    </message>
    <message>
        <source>--sympson-hetter takes yes or no</source>
        <translation>--sympson-hetter attend yes ou no</translation>
    </message>
    <message>
        <source>--max-partial-credit takes a whole number (0: no limit)</source>
        <translation>--max-partial-credit attend un nombre entier (0&#xa0;: pas de limite)</translation>
    </message>
    <message>
        <source>PRMSE of each area&apos;s own answers: %1; of the overall result for an area: %2 (dimension correlation %3); a profile shown for %4%
</source>
        <translation>PRMSE des réponses propres à chaque domaine&#xa0;: %1&#xa0;; du résultat global pour un domaine&#xa0;: %2 (corrélation entre domaines %3)&#xa0;; un profil montré pour %4&#xa0;%
</translation>
    </message>
    <message>
        <source>classification (stop once the level is clear, at the bank&apos;s level_confidence) or precision (once the SE reaches --se-target, else 0.35); default: the bank&apos;s.</source>
        <translation>classification (arrêt dès que le niveau est clair, au level_confidence de la banque) ou precision (dès que l’erreur type atteint --se-target, sinon 0,35)&#xa0;; par défaut&#xa0;: celle de la banque.</translation>
    </message>
    <message>
        <source>yes or no: apply the bank&apos;s Sympson-Hetter exposure parameters (default: the bank&apos;s).</source>
        <translation>yes ou no&#xa0;: appliquer les paramètres d’exposition de Sympson-Hetter de la banque (par défaut&#xa0;: comme la banque).</translation>
    </message>
    <message>
        <source>At most this many partial-credit questions per test, 0: no limit (default: the bank&apos;s).</source>
        <translation>Au plus ce nombre de questions à crédit partiel par test, 0&#xa0;: pas de limite (par défaut&#xa0;: celui de la banque).</translation>
    </message>
    <message>
        <source>test overlap rate: %1; operational items never given: %2; partial-credit share of the items given: %3
</source>
        <translation>taux de recouvrement des tests&#xa0;: %1&#xa0;; items opérationnels jamais donnés&#xa0;: %2&#xa0;; part des items à crédit partiel parmi les items donnés&#xa0;: %3
</translation>
    </message>
    <message>
        <source>Exports a sitting&apos;s results, one row per session: the candidate (and their name when the sitting asked for it), the level by its name and its id, overall and per area (empty: not enough answers for a level, see complete and stop_reason; an area shows a level only when it adds to the overall one), or_level when the answers cannot tell two adjacent levels apart, level_probability (that what is stated is right), answers_check (flagged: answers that look random or came faster than reading; random_log_ratio, rapid_answers), θ and SE to 2 decimals, scores as whole numbers (score_low or score_high empty: the interval is open at that end, beyond what the test measures), local times with their offset from UTC. Text that a spreadsheet would run as a formula starts with &apos;.</source>
        <translation>Exporte les résultats d’une session, une ligne par passation&#xa0;: le candidat (et son nom quand la session l’a demandé), le niveau par son nom et son identifiant, global et par domaine (vide&#xa0;: pas assez de réponses pour un niveau, voir complete et stop_reason&#xa0;; un domaine n’a de niveau que s’il ajoute au niveau global), or_level quand les réponses ne départagent pas deux niveaux voisins, level_probability (que ce qui est énoncé soit juste), answers_check (flagged&#xa0;: réponses qui semblent données au hasard ou plus vite que la lecture&#xa0;; random_log_ratio, rapid_answers), θ et SE à 2 décimales, les scores en nombres entiers (score_low ou score_high vide&#xa0;: l’intervalle est ouvert de ce côté, au-delà de ce que le test mesure), les heures locales avec leur décalage par rapport à UTC. Un texte qu’un tableur exécuterait comme une formule commence par &apos;.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:1: the header must be person followed by item ids</source>
        <translation>%1:1: l’en-tête doit être person suivi des identifiants des items</translation>
    </message>
    <message>
        <source>The bank the items belong to (a folder or a parameter CSV): its parameters are the starting values and the anchors&apos; values. Without it, the items are the matrix&apos;s columns.</source>
        <translation>La banque des items (un dossier ou un CSV de paramètres)&#xa0;: ses paramètres sont les valeurs de départ et celles des ancres. Sans elle, les items sont les colonnes de la matrice.</translation>
    </message>
    <message>
        <source>3PL: estimate (with a Beta(5,17) prior, the default), free (no prior) or chance (fixed at what answering at random gives; needs a bank folder).</source>
        <translation>3PL&#xa0;: estimate (avec une loi a priori Beta(5,17), par défaut), free (sans loi a priori) ou chance (fixé à ce que donne une réponse au hasard&#xa0;; demande un dossier de banque).</translation>
    </message>
    <message>
        <source>operational: the bank&apos;s operational items keep their parameters (anchors) and only the others are estimated, on their scale.</source>
        <translation>operational&#xa0;: les items opérationnels de la banque gardent leurs paramètres (ancres) et seuls les autres sont estimés, sur leur échelle.</translation>
    </message>
    <message>
        <source>At most this many EM cycles (default 2000).</source>
        <translation>Au plus ce nombre de cycles EM (par défaut 2000).</translation>
    </message>
    <message>
        <source>Converged when no parameter (slope, intercept, logit of c) moves more than this in a cycle (default 1e-5; mirt&apos;s TOL is 1e-4).</source>
        <translation>Convergence quand aucun paramètre (pente, ordonnée, logit de c) ne bouge de plus que cela en un cycle (par défaut 1e-5&#xa0;; le TOL de mirt vaut 1e-4).</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core). Results do not depend on it.</source>
        <translation>Fils de calcul (par défaut&#xa0;: un par cœur). Les résultats n’en dépendent pas.</translation>
    </message>
    <message>
        <source>Estimates item parameters from responses by marginal maximum likelihood (EM, 61 quadrature points on [-6, 6], N(0,1)); prints a summary, then the parameters.</source>
        <translation>Estime les paramètres des items à partir des réponses par maximum de vraisemblance marginale (EM, 61 points de quadrature sur [-6, 6], N(0,1))&#xa0;; affiche un résumé, puis les paramètres.</translation>
    </message>
    <message>
        <source>--model takes 1PL, 2PL or 3PL</source>
        <translation>--model attend 1PL, 2PL ou 3PL</translation>
    </message>
    <message>
        <source>--guessing takes estimate, free or chance</source>
        <translation>--guessing attend estimate, free ou chance</translation>
    </message>
    <message>
        <source>--max-cycles and --threads take whole numbers</source>
        <translation>--max-cycles et --threads attendent des nombres entiers</translation>
    </message>
    <message>
        <source>--guessing chance needs a bank folder, whose questions give the chance</source>
        <translation>--guessing chance demande un dossier de banque, dont les questions donnent le hasard</translation>
    </message>
    <message>
        <source>--fixed needs the --bank whose operational items are the anchors</source>
        <translation>--fixed demande la --bank dont les items opérationnels sont les ancres</translation>
    </message>
    <message>
        <source>--tolerance takes a small positive number, e.g. 1e-5</source>
        <translation>--tolerance attend un petit nombre positif, par exemple 1e-5</translation>
    </message>
    <message>
        <source>EM: %1 after %2 cycles; log-likelihood %3
</source>
        <translation>EM&#xa0;: %1 après %2 cycles&#xa0;; log-vraisemblance %3
</translation>
    </message>
    <message>
        <source>NOT converged</source>
        <translation>PAS de convergence</translation>
    </message>
    <message>
        <source>estimation %1 s; whole command %2 s
</source>
        <translation>estimation %1 s&#xa0;; commande entière %2 s
</translation>
    </message>
    <message>
        <source>1PL, 2PL or 3PL for the right/wrong items (default 2PL).</source>
        <translation>1PL, 2PL ou 3PL pour les items juste/faux (par défaut 2PL).</translation>
    </message>
    <message>
        <source>GPCM or GRM for the partial-credit items: those the bank models so, whose scoring gives partial credit, or with scores above 1 in the data (default: the bank&apos;s model, else GPCM).</source>
        <translation>GPCM ou GRM pour les items à crédit partiel&#xa0;: ceux que la banque modélise ainsi, dont la notation donne un crédit partiel, ou qui ont des scores au-dessus de 1 dans les données (par défaut&#xa0;: le modèle de la banque, sinon GPCM).</translation>
    </message>
    <message>
        <source>--partial takes GPCM or GRM</source>
        <translation>--partial attend GPCM ou GRM</translation>
    </message>
    <message>
        <source>persons: %1; items: %2 (%3 estimated, %4 anchors); model: %5</source>
        <translation>personnes&#xa0;: %1&#xa0;; items&#xa0;: %2 (%3 estimés, %4 ancres)&#xa0;; modèle&#xa0;: %5</translation>
    </message>
    <message numerus="yes">
        <source>, GPCM or GRM for %n partial-credit item(s)</source>
        <translation>
            <numerusform>, GPCM ou GRM pour %n item à crédit partiel</numerusform>
            <numerusform>, GPCM ou GRM pour %n items à crédit partiel</numerusform>
        </translation>
    </message>
    <message>
        <source>ability distribution on the anchors&apos; scale: mean %1, standard deviation %2
</source>
        <translation>distribution des compétences sur l’échelle des ancres&#xa0;: moyenne %1, écart type %2
</translation>
    </message>
    <message>
        <source>Response matrix CSV: header person then item ids; one row per person; scores in the cells, empty = not administered. Or the long form that results export --responses writes (needs --bank).</source>
        <translation>Matrice de réponses CSV&#xa0;: en-tête person puis identifiants des items&#xa0;; une ligne par personne&#xa0;; les scores dans les cellules, vide = item non présenté. Ou la forme longue qu’écrit results export --responses (demande --bank).</translation>
    </message>
    <message>
        <source>Take the responses of this sitting&apos;s sessions from the database (repeatable; needs --bank, the sitting&apos;s bank).</source>
        <translation>Prendre dans la base de données les réponses des passations de cette session (répétable&#xa0;; demande --bank, la banque de la session).</translation>
    </message>
    <message>
        <source>give either --responses or --sitting</source>
        <translation>donnez soit --responses, soit --sitting</translation>
    </message>
    <message>
        <source>--sitting needs --bank, the sitting&apos;s bank</source>
        <translation>--sitting demande --bank, la banque de la session</translation>
    </message>
    <message>
        <source>the long form of the responses needs --bank</source>
        <translation>la forme longue des réponses demande --bank</translation>
    </message>
    <message>
        <source>no responses to calibrate from</source>
        <translation>aucune réponse à partir de laquelle calibrer</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) nobody answered, left out (empty rows in the parameters)
</source>
        <translation>
            <numerusform>%n item auquel personne n’a répondu, laissé de côté (ligne vide dans les paramètres)
</numerusform>
            <numerusform>%n items auxquels personne n’a répondu, laissés de côté (lignes vides dans les paramètres)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Also compute the parameters&apos; standard errors (observed information by Oakes&apos; identity; two E-steps per parameter), written in the columns se_a, se_b, se_c and se_steps.</source>
        <translation>Calculer aussi les erreurs types des paramètres (information observée par l’identité d’Oakes&#xa0;; deux étapes E par paramètre), écrites dans les colonnes se_a, se_b, se_c et se_steps.</translation>
    </message>
    <message>
        <source>Write the estimated parameters into the bank&apos;s item files (only the irt: lines change) and raise the bank&apos;s version. Needs a bank folder.</source>
        <translation>Écrire les paramètres estimés dans les fichiers d’items de la banque (seules les lignes irt: changent) et augmenter la version de la banque. Demande un dossier de banque.</translation>
    </message>
    <message>
        <source>item fit: %1 item(s) with an RMSD above %2 (misfit); %3 with fewer responses than their model needs (200 for 1PL, 500 for 2PL and partial credit, 1000 for 3PL)
</source>
        <translation>ajustement des items&#xa0;: %1 item(s) avec une RMSD au-dessus de %2 (mauvais ajustement)&#xa0;; %3 avec moins de réponses que leur modèle n’en demande (200 pour 1PL, 500 pour 2PL et le crédit partiel, 1000 pour 3PL)
</translation>
    </message>
    <message>
        <source>  %1 and %2: Q3 %3 (%4 persons)
</source>
        <translation>  %1 et %2&#xa0;: Q3 %3 (%4 personnes)
</translation>
    </message>
    <message>
        <source>Skip the item analysis (fit, local dependence, statistics): the estimation alone, as mirt&apos;s fit.</source>
        <translation>Sauter l’analyse des items (ajustement, dépendance locale, statistiques)&#xa0;: l’estimation seule, comme l’ajustement de mirt.</translation>
    </message>
    <message>
        <source>item analysis %1 s
</source>
        <translation>analyse des items %1 s
</translation>
    </message>
    <message>
        <source>--fixed takes operational</source>
        <translation>--fixed attend operational</translation>
    </message>
    <message>
        <source>standard errors: not available (the information matrix is not positive definite: some item is at a bound of its parameters, or the data cannot tell its parameters apart)
</source>
        <translation>erreurs types&#xa0;: indisponibles (la matrice d’information n’est pas définie positive&#xa0;: un item est à une borne de ses paramètres, ou les données ne permettent pas de distinguer ses paramètres)
</translation>
    </message>
    <message>
        <source>aicet-cli calibrate: EM did not converge: nothing written into the bank
</source>
        <translation>aicet-cli calibrate&#xa0;: l’EM n’a pas convergé&#xa0;: rien n’a été écrit dans la banque
</translation>
    </message>
    <message>
        <source>%1:1: expected the header candidate,position,item,response,score</source>
        <translation>%1:1: en-tête candidate,position,item,response,score attendu</translation>
    </message>
    <message>
        <source>expected candidate,position,item,response,score</source>
        <translation>candidate,position,item,response,score attendus</translation>
    </message>
    <message>
        <source>%1:1: expected the header person,group</source>
        <translation>%1:1: en-tête person,group attendu</translation>
    </message>
    <message>
        <source>expected person,group</source>
        <translation>person,group attendus</translation>
    </message>
    <message>
        <source>the default database</source>
        <translation>la base de données par défaut</translation>
    </message>
    <message>
        <source>A CSV person,group giving each person of the responses their group (e.g. their year group), for --dif group.</source>
        <translation>Un CSV person,group donnant à chaque personne des réponses son groupe (par exemple son niveau de classe), pour --dif group.</translation>
    </message>
    <message>
        <source>Write the report into this folder (created if needed): parameters.csv (one row per item: id, model, a, b, c, d, steps ;-separated for GRM and GPCM, standard errors, statistics, flags), dif.csv (every DIF comparison) and report.html (the readable report). Without it the parameters go to the standard output.</source>
        <translation>Écrire le rapport dans ce dossier (créé si besoin)&#xa0;: parameters.csv (une ligne par item&#xa0;: id, modèle, a, b, c, d, paliers séparés par des&#xa0;; pour GRM et GPCM, erreurs types, statistiques, signalements), dif.csv (chaque comparaison DIF) et report.html (le rapport lisible). Sans cette option, les paramètres vont sur la sortie standard.</translation>
    </message>
    <message>
        <source>sitting(s) %1 of %2</source>
        <translation>session(s) %1 de %2</translation>
    </message>
    <message>
        <source>S-X2: %1 of %2 item(s) misfit (p &lt; %3)
</source>
        <translation>S-X2&#xa0;: %1 item(s) sur %2 mal ajusté(s) (p &lt; %3)
</translation>
    </message>
    <message>
        <source>S-X2: not computed (the data are not complete: it needs every person to answer every item)
</source>
        <translation>S-X2&#xa0;: non calculé (les données ne sont pas complètes&#xa0;: il faut que chaque personne ait répondu à chaque item)
</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>areas: abilities correlated %1 on average (lowest %2, corrected for measurement error): %3; the bank states %4
</source>
        <translation>domaines&#xa0;: compétences corrélées à %1 en moyenne (minimum %2, après correction de l’erreur de mesure)&#xa0;: %3&#xa0;; la banque indique %4
</translation>
    </message>
    <message>
        <source>one ability</source>
        <translation>une seule compétence</translation>
    </message>
    <message>
        <source>distinct abilities</source>
        <translation>des compétences distinctes</translation>
    </message>
    <message>
        <source>The bank folder (or parameter CSV) whose operational items anchor the pilot.</source>
        <translation>Le dossier de la banque (ou le CSV de paramètres) dont les items opérationnels servent d’ancre à la phase pilote.</translation>
    </message>
    <message>
        <source>Numbers of pupils to study, separated by commas (default 250,500,1000,2000).</source>
        <translation>Nombres d’élèves à étudier, séparés par des virgules (par défaut 250,500,1000,2000).</translation>
    </message>
    <message>
        <source>Maximum number of scored items of the test (default: the bank&apos;s maximum).</source>
        <translation>Nombre maximal d’items notés du test (par défaut&#xa0;: le maximum de la banque).</translation>
    </message>
    <message>
        <source>Study this many new pilot items drawn like the bank&apos;s operational items (their parameters), instead of the bank&apos;s pilot items (default when the bank has none: 4 per pilot slot).</source>
        <translation>Étudier ce nombre de nouveaux items pilotes, tirés comme les items opérationnels de la banque (leurs paramètres), au lieu des items pilotes de la banque (par défaut, quand la banque n’en a pas&#xa0;: 4 par emplacement pilote).</translation>
    </message>
    <message>
        <source>Replications per number of pupils (default 10).</source>
        <translation>Réplications par nombre d’élèves (10 par défaut).</translation>
    </message>
    <message>
        <source>Seed of the study (default 1).</source>
        <translation>Graine de l’étude (1 par défaut).</translation>
    </message>
    <message>
        <source>Largest acceptable RMSE of the slopes a (default 0.25).</source>
        <translation>Plus grande RMSE acceptable des pentes a (0,25 par défaut).</translation>
    </message>
    <message>
        <source>Largest acceptable RMSE of the difficulties b and of the partial-credit steps (default 0.25).</source>
        <translation>Plus grande RMSE acceptable des difficultés b et des paliers à crédit partiel (0,25 par défaut).</translation>
    </message>
    <message>
        <source>Also report the mean standard error of the estimates (several times slower).</source>
        <translation>Indiquer aussi l’erreur type moyenne des estimations (plusieurs fois plus lent).</translation>
    </message>
    <message>
        <source>Also write the table as CSV to this file.</source>
        <translation>Écrire aussi le tableau en CSV dans ce fichier.</translation>
    </message>
    <message>
        <source>Pilot planning study: pupils drawn from N(0,1) take the adaptive test with pilot items at the pilot slots; the pilot items are calibrated with the operational items anchored, as calibrate --fixed operational does; prints how well their parameters are recovered for each number of pupils and the smallest number that reaches the targets.</source>
        <translation>Étude de planification de la phase pilote&#xa0;: des élèves tirés dans N(0,1) passent le test adaptatif avec des items pilotes aux emplacements pilotes&#xa0;; les items pilotes sont calibrés avec les items opérationnels comme ancres, comme le fait calibrate --fixed operational&#xa0;; affiche avec quelle précision leurs paramètres sont retrouvés pour chaque nombre d’élèves, et le plus petit nombre qui atteint les cibles.</translation>
    </message>
    <message>
        <source>--pupils takes whole numbers from 1 to 100000 separated by commas (got &quot;%1&quot;)</source>
        <translation>--pupils attend des nombres entiers de 1 à 100000 séparés par des virgules (reçu «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>--replications takes a whole number from 1 to 1000</source>
        <translation>--replications attend un nombre entier de 1 à 1000</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed attend un nombre entier</translation>
    </message>
    <message>
        <source>--threads takes a whole number from 0 to 256</source>
        <translation>--threads attend un nombre entier de 0 à 256</translation>
    </message>
    <message>
        <source>--%1 takes a positive number, e.g. 0.25</source>
        <translation>--%1 attend un nombre positif, par ex. 0.25</translation>
    </message>
    <message>
        <source>--pilot-items-per-test takes a whole number from 1 to 100</source>
        <translation>--pilot-items-per-test attend un nombre entier de 1 à 100</translation>
    </message>
    <message>
        <source>--items-per-pupil takes a whole number from 1 to 1000</source>
        <translation>--items-per-pupil attend un nombre entier de 1 à 1000</translation>
    </message>
    <message>
        <source>--synthetic-pilot-items takes a whole number from 1 to 10000</source>
        <translation>--synthetic-pilot-items attend un nombre entier de 1 à 10000</translation>
    </message>
    <message>
        <source>bank: %1 (%2 operational items, the anchors)
</source>
        <translation>banque&#xa0;: %1 (%2 items opérationnels, les ancres)
</translation>
    </message>
    <message>
        <source>test: %1 to %2 scored items, %3 selection; pilot slots at positions %4
</source>
        <translation>test&#xa0;: %1 à %2 items notés, sélection %3&#xa0;; emplacements pilotes aux positions %4
</translation>
    </message>
    <message>
        <source>pilot items: %1, %2 of them partial credit</source>
        <translation>items pilotes&#xa0;: %1, dont %2 à crédit partiel</translation>
    </message>
    <message>
        <source>pupils: theta from N(0,1), %1 replications, seed %2; calibration: operational items anchored, right/wrong pilot items 2PL (3PL with c fixed when they have a chance floor), partial-credit ones in their model
</source>
        <translation>élèves&#xa0;: theta tiré dans N(0,1), %1 réplications, graine %2&#xa0;; calibrage&#xa0;: items opérationnels comme ancres, items pilotes juste/faux en 2PL (3PL avec c fixé quand ils ont un plancher de hasard), items à crédit partiel dans leur modèle
</translation>
    </message>
    <message>
        <source>pupils</source>
        <translation>élèves</translation>
    </message>
    <message>
        <source>responses/item</source>
        <translation>réponses/item</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>test length</source>
        <translation>longueur test</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>calibrés</translation>
    </message>
    <message>
        <source>RMSE a</source>
        <translation>RMSE a</translation>
    </message>
    <message>
        <source>bias a</source>
        <translation>biais a</translation>
    </message>
    <message>
        <source>RMSE b</source>
        <translation>RMSE b</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>biais b</translation>
    </message>
    <message>
        <source>RMSE steps</source>
        <translation>RMSE paliers</translation>
    </message>
    <message>
        <source>b within %1</source>
        <translation>b à %1 près</translation>
    </message>
    <message>
        <source>SE a</source>
        <translation>ET a</translation>
    </message>
    <message>
        <source>SE b</source>
        <translation>ET b</translation>
    </message>
    <message>
        <source>SE steps</source>
        <translation>ET paliers</translation>
    </message>
    <message>
        <source>%1 pupils: %2 of %3 calibrations refused, for example: %4
</source>
        <translation>%1 élèves&#xa0;: %2 calibrages sur %3 refusés, par exemple&#xa0;: %4
</translation>
    </message>
    <message>
        <source>targets: RMSE of a at most %1, of b and of the steps at most %2, every calibration converged
</source>
        <translation>cibles&#xa0;: RMSE de a au plus %1, de b et des paliers au plus %2, tous les calibrages ayant convergé
</translation>
    </message>
    <message>
        <source>recommendation: %1 pupils (about %2 responses per pilot item) with this design
</source>
        <translation>recommandation&#xa0;: %1 élèves (environ %2 réponses par item pilote) avec ce plan
</translation>
    </message>
    <message>
        <source>recommendation: none of the numbers of pupils studied reaches the targets; study larger numbers (--pupils), or give each pilot item more responses (more pilot slots per test, fewer pilot items)
</source>
        <translation>recommandation&#xa0;: aucun des nombres d’élèves étudiés n’atteint les cibles&#xa0;; étudiez des nombres plus grands (--pupils), ou donnez plus de réponses à chaque item pilote (plus d’emplacements pilotes par test, moins d’items pilotes)
</translation>
    </message>
    <message>
        <source>time: %1 s
</source>
        <translation>durée&#xa0;: %1 s
</translation>
    </message>
    <message>
        <source>Look for differential item functioning between groups of answers: language (the language each item was shown in; the default), group (the pupils&apos; groups as registered, or --groups), language,group for both, or none to skip it.</source>
        <translation>Rechercher un fonctionnement différentiel d’item (DIF) entre groupes de réponses&#xa0;: language (la langue dans laquelle chaque item a été présenté&#xa0;; par défaut), group (les groupes des élèves tels qu’enregistrés, ou --groups), language,group pour les deux, ou none pour ne pas le rechercher.</translation>
    </message>
    <message>
        <source>--dif takes language, group, language,group (both) or none</source>
        <translation>--dif attend language, group, language,group (les deux) ou none</translation>
    </message>
    <message>
        <source>DIF by %1 (reference %2): %3 comparison(s) judged; %4 B (slight), %5 C (large)
</source>
        <translation>DIF par %1 (référence %2)&#xa0;: %3 comparaison(s) évaluée(s)&#xa0;; %4 B (léger), %5 C (fort)
</translation>
    </message>
    <message>
        <source>DIF by %1 (reference %2): %3 comparison(s) judged; %4 B (slight), %5 C (large): %6
</source>
        <translation>DIF par %1 (référence %2)&#xa0;: %3 comparaison(s) évaluée(s)&#xa0;; %4 B (léger), %5 C (fort)&#xa0;: %6
</translation>
    </message>
    <message>
        <source>Pilot items each pupil answers (pilot slots per test), spread over the test (default: the bank&apos;s pilot positions, else 5).</source>
        <translation>Items pilotes auxquels répond chaque élève (emplacements pilotes par test), répartis sur le test (par défaut&#xa0;: les positions pilotes de la banque, sinon 5).</translation>
    </message>
    <message>
        <source>pilot items: %1, %2 of them partial credit; their parameters are those of operational items drawn at random for each replication</source>
        <translation>items pilotes&#xa0;: %1, dont %2 à crédit partiel&#xa0;; leurs paramètres sont ceux d’items opérationnels tirés au hasard à chaque réplication</translation>
    </message>
    <message>
        <source>pilot items: %1, %2 of them partial credit; %3 without parameters are given those of operational items drawn at random for each replication</source>
        <translation>items pilotes&#xa0;: %1, dont %2 à crédit partiel&#xa0;; %3 sans paramètres reçoivent ceux d’items opérationnels tirés au hasard à chaque réplication</translation>
    </message>
    <message>
        <source>local dependence: mean Q3 %1; %2 pair(s) more than %3 above it
</source>
        <translation>dépendance locale&#xa0;: Q3 moyen %1&#xa0;; %2 paire(s) à plus de %3 au-dessus
</translation>
    </message>
    <message>
        <source>local dependence: mean Q3 %1; %2 pair(s) more than %3 above it:
</source>
        <translation>dépendance locale&#xa0;: Q3 moyen %1&#xa0;; %2 paire(s) à plus de %3 au-dessus&#xa0;:
</translation>
    </message>
    <message>
        <source>options: %1 choice item(s) analysed; %2 whose right option does not rise with ability or whose wrong option draws the strongest pupils
</source>
        <translation>options&#xa0;: %1 item(s) à choix analysé(s)&#xa0;; %2 dont la bonne option ne monte pas avec la compétence ou dont une option fausse attire les élèves les plus forts
</translation>
    </message>
    <message>
        <source>report written into %1 (%2)
</source>
        <translation>rapport écrit dans %1 (%2)
</translation>
    </message>
    <message>
        <source>%1: no person of the responses has a group in this file (it names them in its first column, person)</source>
        <translation>%1&#xa0;: aucune personne des réponses n’a de groupe dans ce fichier (il les nomme dans sa première colonne, person)</translation>
    </message>
    <message>
        <source>--out names a folder (parameters.csv, report.html and the other files are written in it), not a CSV file</source>
        <translation>--out désigne un dossier (parameters.csv, report.html et les autres fichiers y sont écrits), pas un fichier CSV</translation>
    </message>
    <message>
        <source>--dif group needs --groups G.csv (person,group) for a response matrix</source>
        <translation>--dif group demande --groups G.csv (person,group) pour une matrice de réponses</translation>
    </message>
    <message>
        <source>%1 of %2 persons have no group in %3: left out of the DIF by group
</source>
        <translation>%1 personnes sur %2 n’ont pas de groupe dans %3&#xa0;: écartées du DIF par groupe
</translation>
    </message>
    <message>
        <source>DIF by %1: not judged (%2)
</source>
        <translation>DIF par %1&#xa0;: non évalué (%2)
</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Le même mot de passe à nouveau&#xa0;: </translation>
    </message>
    <message>
        <source>aicet-cli staff: the two passwords differ: nothing changed
</source>
        <translation>aicet-cli staff&#xa0;: les deux mots de passe diffèrent&#xa0;: rien n’a changé
</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>aicet-cli staff: no password given for %1
</source>
        <translation>aicet-cli staff&#xa0;: aucun mot de passe donné pour %1
</translation>
    </message>
    <message>
        <source>The staff account acting (its password is asked first).</source>
        <translation>Le compte du personnel qui agit (son mot de passe est demandé d’abord).</translation>
    </message>
    <message>
        <source>The administrator&apos;s name.</source>
        <translation>Le nom de l’administrateur.</translation>
    </message>
    <message>
        <source>Creates the first administrator of a database that has no staff account yet; the password is asked (twice on a terminal, or read from the standard input).</source>
        <translation>Crée le premier administrateur d’une base qui n’a encore aucun compte du personnel&#xa0;; le mot de passe est demandé (deux fois dans un terminal, ou lu sur l’entrée standard).</translation>
    </message>
    <message>
        <source>give the administrator&apos;s --name</source>
        <translation>donnez le --name de l’administrateur</translation>
    </message>
    <message>
        <source>The new account&apos;s name.</source>
        <translation>Le nom du nouveau compte.</translation>
    </message>
    <message>
        <source>teacher, trainer or administrator (default teacher).</source>
        <translation>teacher (enseignant), trainer (formateur) ou administrator (administrateur)&#xa0;; par défaut teacher.</translation>
    </message>
    <message>
        <source>An administrator adds a staff account: the administrator&apos;s password is asked, then the new account&apos;s (one per line from the standard input when it is not a terminal).</source>
        <translation>Un administrateur ajoute un compte du personnel&#xa0;: le mot de passe de l’administrateur est demandé, puis celui du nouveau compte (un par ligne sur l’entrée standard quand ce n’est pas un terminal).</translation>
    </message>
    <message>
        <source>give --as, --name and a --role among teacher, trainer, administrator</source>
        <translation>donnez --as, --name et un --role parmi teacher, trainer, administrator</translation>
    </message>
    <message>
        <source>Lists the staff accounts (name, role, created, state); an administrator&apos;s password is asked.</source>
        <translation>Liste les comptes du personnel (nom, rôle, création, état)&#xa0;; le mot de passe d’un administrateur est demandé.</translation>
    </message>
    <message>
        <source>give --as, an administrator</source>
        <translation>donnez --as, un administrateur</translation>
    </message>
    <message>
        <source>only an administrator lists the staff accounts</source>
        <translation>seul un administrateur liste les comptes du personnel</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message numerus="yes">
        <source>waiting after %n wrong password(s)</source>
        <translation>
            <numerusform>en attente après %n mot de passe incorrect</numerusform>
            <numerusform>en attente après %n mots de passe incorrects</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Whose password (default: the --as account&apos;s own).</source>
        <translation>De qui est le mot de passe (par défaut&#xa0;: celui du compte --as lui-même).</translation>
    </message>
    <message>
        <source>Changes a password: the account&apos;s own (its current password is asked), or another&apos;s by an administrator.</source>
        <translation>Change un mot de passe&#xa0;: celui du compte lui-même (son mot de passe actuel est demandé), ou celui d’un autre par un administrateur.</translation>
    </message>
    <message>
        <source>give --as, the account acting</source>
        <translation>donnez --as, le compte qui agit</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Le compte.</translation>
    </message>
    <message>
        <source>An administrator disables an account: it can no longer sign in (nothing is deleted).</source>
        <translation>Un administrateur désactive un compte&#xa0;: il ne peut plus se connecter (rien n’est supprimé).</translation>
    </message>
    <message>
        <source>An administrator enables a disabled account again.</source>
        <translation>Un administrateur réactive un compte désactivé.</translation>
    </message>
    <message>
        <source>give --as and --name</source>
        <translation>donnez --as et --name</translation>
    </message>
    <message>
        <source>create the first administrator of a database</source>
        <translation>créer le premier administrateur d’une base</translation>
    </message>
    <message>
        <source>add a staff account (an administrator)</source>
        <translation>ajouter un compte du personnel (un administrateur)</translation>
    </message>
    <message>
        <source>list the staff accounts (an administrator)</source>
        <translation>lister les comptes du personnel (un administrateur)</translation>
    </message>
    <message>
        <source>change a password</source>
        <translation>changer un mot de passe</translation>
    </message>
    <message>
        <source>disable an account (an administrator)</source>
        <translation>désactiver un compte (un administrateur)</translation>
    </message>
    <message>
        <source>enable a disabled account (an administrator)</source>
        <translation>réactiver un compte désactivé (un administrateur)</translation>
    </message>
    <message>
        <source>no class named &quot;%1&quot; (the classes are: %2)</source>
        <translation>aucune classe nommée «&#xa0;%1&#xa0;» (les classes sont&#xa0;: %2)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <source>The class of the rows that name none (or of the whole file).</source>
        <translation>La classe des lignes qui n’en nomment pas (ou de tout le fichier).</translation>
    </message>
    <message>
        <source>Show how the file is read and what would be imported; store nothing.</source>
        <translation>Montrer comment le fichier est lu et ce qui serait importé&#xa0;; ne rien enregistrer.</translation>
    </message>
    <message>
        <source>The column&apos;s number (1 for the first; 0: none), instead of the one found by its name in the header.</source>
        <translation>Le numéro de la colonne (1 pour la première&#xa0;; 0&#xa0;: aucune), au lieu de celle trouvée par son nom dans l’en-tête.</translation>
    </message>
    <message>
        <source>The class list (CSV with a header row).</source>
        <translation>La liste de classe (CSV avec une ligne d’en-tête).</translation>
    </message>
    <message>
        <source>Imports a class list as school systems export it (UTF-8 or Windows-1252, comma or semicolon, a header row: last name, first name, class, optional identifier); each pupil gets a personal code. Rows with a problem (an empty name, a pupil already there or twice in the file) are shown and left out.</source>
        <translation>Importe une liste de classe telle que les logiciels scolaires l’exportent (UTF-8 ou Windows-1252, virgule ou point-virgule, une ligne d’en-tête&#xa0;: nom, prénom, classe, identifiant facultatif)&#xa0;; chaque élève reçoit un code personnel. Les lignes qui posent problème (un nom vide, un élève déjà présent ou deux fois dans le fichier) sont montrées et écartées.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>give --as, the teacher (or administrator) importing</source>
        <translation>donnez --as, l’enseignant (ou l’administrateur) qui importe</translation>
    </message>
    <message>
        <source>--%1 takes a column number from 0 to %2</source>
        <translation>--%1 attend un numéro de colonne de 0 à %2</translation>
    </message>
    <message>
        <source>the columns of the last and first names are not found in the header (%1): give --last-name-column and --first-name-column</source>
        <translation>les colonnes du nom et du prénom ne sont pas trouvées dans l’en-tête (%1)&#xa0;: donnez --last-name-column et --first-name-column</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>read as %1, columns separated by &quot;%2&quot;; last name: %3, first name: %4, class: %5, identifier: %6
</source>
        <translation>lu en %1, colonnes séparées par «&#xa0;%2&#xa0;»&#xa0;; nom&#xa0;: %3, prénom&#xa0;: %4, classe&#xa0;: %5, identifiant&#xa0;: %6
</translation>
    </message>
    <message>
        <source>  line %1 (%2 %3): %4
</source>
        <translation>  ligne %1 (%2 %3)&#xa0;: %4
</translation>
    </message>
    <message>
        <source>%1 row(s): %2 to import, %3 with a problem
</source>
        <translation>%1 ligne(s)&#xa0;: %2 à importer, %3 avec un problème
</translation>
    </message>
    <message>
        <source>preview only: nothing stored
</source>
        <translation>aperçu seulement&#xa0;: rien n’a été enregistré
</translation>
    </message>
    <message>
        <source>print the pupils&apos; code slips with: aicet-cli class slips --class NAME --out slips.pdf
</source>
        <translation>imprimez les fiches de codes des élèves avec&#xa0;: aicet-cli class slips --class NOM --out fiches.pdf
</translation>
    </message>
    <message>
        <source>Lists the classes (a teacher&apos;s own; all for an administrator).</source>
        <translation>Liste les classes (celles de l’enseignant&#xa0;; toutes pour un administrateur).</translation>
    </message>
    <message>
        <source>give --as, the staff account</source>
        <translation>donnez --as, le compte du personnel</translation>
    </message>
    <message numerus="yes">
        <source>%1	%n pupil(s)
</source>
        <translation>
            <numerusform>%1	%n élève
</numerusform>
            <numerusform>%1	%n élèves
</numerusform>
        </translation>
    </message>
    <message>
        <source>The class.</source>
        <translation>La classe.</translation>
    </message>
    <message>
        <source>Lists a class&apos;s pupils with their personal codes (last name, first name, identifier, code).</source>
        <translation>Liste les élèves d’une classe avec leurs codes personnels (nom, prénom, identifiant, code).</translation>
    </message>
    <message>
        <source>give --as and --class</source>
        <translation>donnez --as et --class</translation>
    </message>
    <message>
        <source>The test&apos;s code to print on every slip (optional).</source>
        <translation>Le code du test à imprimer sur chaque fiche (facultatif).</translation>
    </message>
    <message>
        <source>fr or en (default: fr).</source>
        <translation>fr ou en (par défaut&#xa0;: fr).</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Le PDF à écrire.</translation>
    </message>
    <message>
        <source>Writes a class&apos;s code slips (A4 PDF, ten per page with lines to cut along): each pupil&apos;s name, class, the test&apos;s code if given, and their personal code.</source>
        <translation>Écrit les fiches de codes d’une classe (PDF A4, dix par page avec des lignes de découpe)&#xa0;: le nom de chaque élève, sa classe, le code du test s’il est donné, et son code personnel.</translation>
    </message>
    <message>
        <source>give --as, --class and --out</source>
        <translation>donnez --as, --class et --out</translation>
    </message>
    <message>
        <source>--language takes fr or en</source>
        <translation>--language attend fr ou en</translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) written to %1
</source>
        <translation>
            <numerusform>%n fiche écrite dans %1
</numerusform>
            <numerusform>%n fiches écrites dans %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>import a class list (CSV), with a preview</source>
        <translation>importer une liste de classe (CSV), avec un aperçu</translation>
    </message>
    <message>
        <source>list the classes</source>
        <translation>lister les classes</translation>
    </message>
    <message>
        <source>a class&apos;s pupils and their codes</source>
        <translation>les élèves d’une classe et leurs codes</translation>
    </message>
    <message>
        <source>print a class&apos;s code slips (PDF)</source>
        <translation>imprimer les fiches de codes d’une classe (PDF)</translation>
    </message>
    <message>
        <source>Usage: aicet-cli &lt;command&gt; [options]

Commands:
  bank       validate a bank folder, or show its statistics
  score      estimate the ability of each person in a response matrix
  calibrate  estimate item parameters from responses (MML-EM)
  simulate   run a simulation study of adaptive tests on a bank
  plan-pilot how many pupils a pilot needs to calibrate its pilot items
  sitting    create, list or close sittings (planned tests)
  session    take a test as a simulated candidate (session run)
  results    export a sitting&apos;s results (results export)
  candidate  export or erase what is held about a candidate
  staff      staff accounts: the first administrator, adding, passwords
  class      class lists: import, pupils and their codes, code slips
  certificate issue, verify a certificate, or export the issuer&apos;s public key
  report     a candidate&apos;s result report for evaluators (report candidate)

Run &apos;aicet-cli &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>Utilisation&#xa0;: aicet-cli &lt;command&gt; [options]

Commandes&#xa0;:
  bank       valider un dossier de banque de questions, ou afficher ses statistiques
  score      estimer le niveau de chaque personne d’une matrice de réponses
  calibrate  estimer les paramètres des items à partir des réponses (MML-EM)
  simulate   lancer une étude par simulation de tests adaptatifs sur une banque
  plan-pilot combien d’élèves une phase pilote demande pour calibrer ses items pilotes
  sitting    créer, lister ou fermer des sessions d’évaluation (tests planifiés)
  session    passer un test comme candidat simulé (session run)
  results    exporter les résultats d’une session d’évaluation (results export)
  candidate  exporter ou effacer les données conservées sur un candidat
  staff      comptes du personnel&#xa0;: le premier administrateur, les ajouts, les mots de passe
  class      listes de classe&#xa0;: import, élèves et leurs codes, fiches de codes
  certificate délivrer, vérifier un certificat, ou exporter la clé publique de l’émetteur
  report     rapport de résultats d’un candidat pour les évaluateurs (report candidate)

Lancez &apos;aicet-cli &lt;command&gt; --help&apos; pour voir les options d’une commande.
</translation>
    </message>
    <message>
        <source>A class whose pupils take the sitting (repeatable; needs --as): they are registered with their personal codes, and no other code is accepted.</source>
        <translation>Une classe dont les élèves passent la session (répétable&#xa0;; demande --as)&#xa0;: ils sont inscrits avec leurs codes personnels, et aucun autre code n’est accepté.</translation>
    </message>
    <message>
        <source>--class needs --as, the teacher whose classes they are</source>
        <translation>--class demande --as, l’enseignant à qui sont ces classes</translation>
    </message>
    <message>
        <source>no class named &quot;%1&quot; among %2&apos;s</source>
        <translation>aucune classe nommée «&#xa0;%1&#xa0;» parmi celles de %2</translation>
    </message>
    <message>
        <source>several classes are named &quot;%1&quot; (of different teachers): sign in as the teacher whose class it is</source>
        <translation>plusieurs classes s’appellent «&#xa0;%1&#xa0;» (de différents enseignants)&#xa0;: connectez-vous en tant que l’enseignant à qui est la classe</translation>
    </message>
    <message>
        <source>Before each answer, wait for a line on the standard input (for tests that decide when each answer is given); stop at its end. After each acknowledgement, print &quot;limit &lt;seconds&gt;&quot;: the time limit as the program has it then (0: none).</source>
        <translation>Avant chaque réponse, attendre une ligne sur l’entrée standard (pour les tests qui décident quand chaque réponse est donnée)&#xa0;; s’arrêter à sa fin. Après chaque accusé de réception, écrire «&#xa0;limit &lt;seconds&gt;&#xa0;»&#xa0;: la limite de temps telle que le programme l’a alors (0&#xa0;: aucune).</translation>
    </message>
    <message>
        <source>A class exercise: the pupil&apos;s window stays a window (by default a sitting is in exam mode: the test fills the screen and leaving it is noted).</source>
        <translation>Un exercice en classe&#xa0;: la fenêtre de l’élève reste une fenêtre (par défaut une session est en mode examen&#xa0;: le test occupe tout l’écran et le quitter est noté).</translation>
    </message>
    <message>
        <source>The QTI 3.0 package (a zip with imsmanifest.xml, or its unpacked folder) or one item file.</source>
        <translation>Le paquet QTI 3.0 (un zip avec imsmanifest.xml, ou son dossier décompressé) ou un seul fichier d’item.</translation>
    </message>
    <message>
        <source>The bank folder the items go into (required).</source>
        <translation>Le dossier de la banque où vont les items (obligatoire).</translation>
    </message>
    <message>
        <source>The status of the imported items: draft (default) or pilot.</source>
        <translation>Le statut des items importés&#xa0;: draft (par défaut) ou pilot.</translation>
    </message>
    <message>
        <source>The competency of items that do not say theirs (default: the bank&apos;s first).</source>
        <translation>La compétence des items qui n’indiquent pas la leur (par défaut&#xa0;: la première de la banque).</translation>
    </message>
    <message>
        <source>Check and report only: write nothing.</source>
        <translation>Vérifier et rendre compte seulement&#xa0;: ne rien écrire.</translation>
    </message>
    <message>
        <source>Imports the items of a QTI 3.0 package into a bank: choice (single and multiple response), order, match and text entry (number or text) interactions become AICET items, written to a new file under the bank&apos;s items/ folder with new ids only. Every item is reported: imported, imported with remarks (what to check), or not imported and why. Exit status 0 when every item was imported, 1 otherwise.</source>
        <translation>Importe les items d’un paquet QTI 3.0 dans une banque&#xa0;: les interactions de choix (unique et multiple), de mise en ordre, d’association et de saisie de texte (nombre ou texte) deviennent des items AICET, écrits dans un nouveau fichier du dossier items/ de la banque, avec uniquement des id nouveaux. Le compte rendu donne chaque item&#xa0;: importé, importé avec remarques (ce qu’il faut vérifier), ou non importé et pourquoi. Code de sortie 0 si tous les items ont été importés, 1 sinon.</translation>
    </message>
    <message>
        <source>exactly one package</source>
        <translation>exactement un paquet</translation>
    </message>
    <message>
        <source>--into BANK is required: the bank folder the items go into</source>
        <translation>--into BANK est obligatoire&#xa0;: le dossier de la banque où vont les items</translation>
    </message>
    <message>
        <source>--status takes draft or pilot, not &quot;%1&quot;</source>
        <translation>--status attend draft ou pilot, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 into %2%3
</source>
        <translation>%1 dans %2%3
</translation>
    </message>
    <message>
        <source> (dry run: nothing written)</source>
        <translation> (simulation&#xa0;: rien n’est écrit)</translation>
    </message>
    <message>
        <source>%1: imported %2 as %3 (%4)
</source>
        <translation>%1&#xa0;: %2 importé comme %3 (%4)
</translation>
    </message>
    <message>
        <source>%1: imported %2 as %3 (%4), with remarks:
</source>
        <translation>%1&#xa0;: %2 importé comme %3 (%4), avec remarques&#xa0;:
</translation>
    </message>
    <message>
        <source>%1: NOT imported %2:
</source>
        <translation>%1&#xa0;: %2 NON importé&#xa0;:
</translation>
    </message>
    <message>
        <source>(no identifier)</source>
        <translation>(sans identifiant)</translation>
    </message>
    <message>
        <source>%1 imported (%2 with remarks), %3 not imported
</source>
        <translation>importés&#xa0;: %1 (dont %2 avec remarques), non importés&#xa0;: %3
</translation>
    </message>
    <message>
        <source>would write %1
</source>
        <translation>écrirait %1
</translation>
    </message>
    <message>
        <source>would copy the picture %1
</source>
        <translation>copierait l’image %1
</translation>
    </message>
    <message>
        <source>picture copied to %1
</source>
        <translation>image copiée dans %1
</translation>
    </message>
    <message>
        <source>The QTI 3.0 package to write (a .zip; required).</source>
        <translation>Le paquet QTI 3.0 à écrire (un .zip&#xa0;; obligatoire).</translation>
    </message>
    <message>
        <source>Export this item only (repeat for several; default: every item).</source>
        <translation>Exporter seulement cet item (à répéter pour plusieurs&#xa0;; par défaut&#xa0;: tous les items).</translation>
    </message>
    <message>
        <source>Export this language only (repeat for several; default: every language).</source>
        <translation>Exporter seulement cette langue (à répéter pour plusieurs&#xa0;; par défaut&#xa0;: toutes les langues).</translation>
    </message>
    <message>
        <source>Exports a bank&apos;s items as a QTI 3.0 package: one qti-assessment-item per item and language, the pictures, and AICET&apos;s own metadata (framework, status, IRT parameters) in the manifest. The file is written whole or not at all.</source>
        <translation>Exporte les items d’une banque en paquet QTI 3.0&#xa0;: un qti-assessment-item par item et par langue, les images, et les métadonnées propres à AICET (référentiel, statut, paramètres IRT) dans le manifeste. Le fichier est écrit en entier ou pas du tout.</translation>
    </message>
    <message>
        <source>--out FILE.zip is required</source>
        <translation>--out FILE.zip est obligatoire</translation>
    </message>
    <message>
        <source>%1: the bank has errors: nothing exported</source>
        <translation>%1&#xa0;: la banque a des erreurs&#xa0;: rien n’a été exporté</translation>
    </message>
    <message>
        <source>%1 items (%2 QTI item files) written to %3
</source>
        <translation>%1 items (%2 fichiers d’items QTI) écrits dans %3
</translation>
    </message>
    <message>
        <source>import the items of a QTI 3.0 package, item by item</source>
        <translation>importer les items d’un paquet QTI 3.0, item par item</translation>
    </message>
    <message>
        <source>export the bank&apos;s items as a QTI 3.0 package</source>
        <translation>exporter les items de la banque en paquet QTI 3.0</translation>
    </message>
    <message>
        <source>parameters written into the bank&apos;s files; its version is now %1
</source>
        <translation>paramètres écrits dans les fichiers de la banque&#xa0;; sa version est maintenant %1
</translation>
    </message>
    <message>
        <source>items given to pupils, by scoring</source>
        <translation>items donnés aux élèves, par notation</translation>
    </message>
    <message>
        <source>items with a picture to examine: %1 (%2 with one picture per language)

</source>
        <translation>items avec une image à examiner&#xa0;: %1 (dont %2 avec une image par langue)

</translation>
    </message>
    <message>
        <source>reading length: words of the question (operational and pilot items)
</source>
        <translation>longueur de lecture&#xa0;: mots de la question (items opérationnels et pilotes)
</translation>
    </message>
    <message>
        <source>  %1: median %2, 9 in 10 at most %3, longest %4
</source>
        <translation>  %1&#xa0;: médiane %2, 9 sur 10 au plus %3, la plus longue %4
</translation>
    </message>
    <message>
        <source>answer patterns (operational items)
</source>
        <translation>indices dans les réponses (items opérationnels)
</translation>
    </message>
    <message>
        <source>  multiple response: %1
</source>
        <translation>  réponses multiples&#xa0;: %1
</translation>
    </message>
    <message>
        <source>by competency (operational and pilot items; types, easy and hard among the operational ones: easy at a difficulty of -1 or less, hard at 1.25 or more)
</source>
        <translation>par compétence (items opérationnels et pilotes&#xa0;; types, faciles et difficiles parmi les opérationnels&#xa0;: faciles à une difficulté de -1 ou moins, difficiles à 1,25 ou plus)
</translation>
    </message>
    <message>
        <source>themes in each dimension (operational and pilot items)
</source>
        <translation>thèmes dans chaque dimension (items opérationnels et pilotes)
</translation>
    </message>
    <message>
        <source>Positions of the unscored pilot questions, e.g. 3,8,13, or none (default: the bank&apos;s).</source>
        <translation>Positions des questions pilotes, non notées, par exemple 3,8,13, ou none (par défaut&#xa0;: celles de la banque).</translation>
    </message>
    <message>
        <source>  single choice: the key is the longest option in %1 of %2, the shortest in %3 (each by chance: %4)
</source>
        <translation>  choix unique&#xa0;: la bonne réponse est l’option la plus longue dans %1 sur %2, la plus courte dans %3 (au hasard, chacun&#xa0;: %4)
</translation>
    </message>
    <message>
        <source>operational</source>
        <comment>column of items</comment>
        <translation>opérationnels</translation>
    </message>
    <message>
        <source>pilot</source>
        <comment>column of items</comment>
        <translation>pilotes</translation>
    </message>
    <message>
        <source>types</source>
        <comment>column of items</comment>
        <translation>types</translation>
    </message>
    <message>
        <source>pictures</source>
        <comment>column of items</comment>
        <translation>images</translation>
    </message>
    <message>
        <source>partial credit</source>
        <comment>column of items</comment>
        <translation>crédit partiel</translation>
    </message>
    <message>
        <source>easy</source>
        <comment>column of items</comment>
        <translation>faciles</translation>
    </message>
    <message>
        <source>hard</source>
        <comment>column of items</comment>
        <translation>difficiles</translation>
    </message>
    <message numerus="yes">
        <source>%n right: %1</source>
        <translation>
            <numerusform>%n bonne&#xa0;: %1</numerusform>
            <numerusform>%n bonnes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--pilot-positions takes different positions from 1 separated by commas, or none</source>
        <translation>--pilot-positions attend des positions différentes à partir de 1, séparées par des virgules, ou none</translation>
    </message>
</context>
<context>
    <name>aicet::documents</name>
    <message>
        <source>its slope a would be %1, outside (0, 10]</source>
        <translation>sa pente a vaudrait %1, hors de (0, 10]</translation>
    </message>
    <message>
        <source>its difficulty b would be %1, outside [-10, 10]</source>
        <translation>sa difficulté b vaudrait %1, hors de [-10, 10]</translation>
    </message>
    <message>
        <source>its lower asymptote c would be %1, not below 0.5</source>
        <translation>son asymptote basse c vaudrait %1, pas en dessous de 0,5</translation>
    </message>
    <message>
        <source>a step would be %1, outside [-10, 10]</source>
        <translation>un palier vaudrait %1, hors de [-10, 10]</translation>
    </message>
    <message>
        <source>it would have no step</source>
        <translation>il n’aurait aucun palier</translation>
    </message>
    <message>
        <source>%1: item &quot;%2&quot; is not in the bank</source>
        <translation>%1&#xa0;: l’item «&#xa0;%2&#xa0;» n’est pas dans la banque</translation>
    </message>
    <message>
        <source>%1: item &quot;%2&quot;: score %3 is not one of the item&apos;s</source>
        <translation>%1&#xa0;: item «&#xa0;%2&#xa0;»&#xa0;: le score %3 n’est pas un score de cet item</translation>
    </message>
    <message>
        <source>no sitting with the code &quot;%1&quot;</source>
        <translation>aucune session avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>sitting %1 was taken on another version of the bank (content hash %2, the bank given has %3)</source>
        <translation>la session %1 a été passée sur une autre version de la banque (empreinte du contenu %2, la banque donnée a %3)</translation>
    </message>
    <message numerus="yes">
        <source>sitting(s) %1</source>
        <translation>
            <numerusform>session %1</numerusform>
            <numerusform>sessions %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s), fewer than the %1 asked for: left out</source>
        <translation>
            <numerusform>%n réponse, moins que les %1 demandées&#xa0;: question laissée de côté</numerusform>
            <numerusform>%n réponses, moins que les %1 demandées&#xa0;: question laissée de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>every answer was right: the answers cannot tell its parameters</source>
        <translation>toutes les réponses étaient justes&#xa0;: les réponses ne peuvent pas dire ses paramètres</translation>
    </message>
    <message>
        <source>every answer was wrong: the answers cannot tell its parameters</source>
        <translation>toutes les réponses étaient fausses&#xa0;: les réponses ne peuvent pas dire ses paramètres</translation>
    </message>
    <message>
        <source>nobody scored %1: the answers cannot tell its parameters</source>
        <translation>personne n’a obtenu %1&#xa0;: les réponses ne peuvent pas dire ses paramètres</translation>
    </message>
    <message>
        <source>every answer scored 0: the answers cannot tell its parameters</source>
        <translation>toutes les réponses valent 0&#xa0;: les réponses ne peuvent pas dire ses paramètres</translation>
    </message>
    <message>
        <source>no question has %1 answers or more that tell its parameters: nothing to estimate</source>
        <translation>aucune question n’a %1 réponses ou plus qui disent ses paramètres&#xa0;: rien à estimer</translation>
    </message>
    <message>
        <source>no question has answers that tell its parameters: nothing to estimate</source>
        <translation>aucune question n’a de réponses qui disent ses paramètres&#xa0;: rien à estimer</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;:</source>
        <translation>item «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>, GPCM or GRM for %n partial-credit item(s)</source>
        <translation>
            <numerusform>, GPCM ou GRM pour %n item à crédit partiel</numerusform>
            <numerusform>, GPCM ou GRM pour %n items à crédit partiel</numerusform>
        </translation>
    </message>
    <message>
        <source>more than 100 groups</source>
        <translation>plus de 100 groupes</translation>
    </message>
    <message numerus="yes">
        <source>the responses have %n group(s)</source>
        <translation>
            <numerusform>les réponses ont %n groupe</numerusform>
            <numerusform>les réponses ont %n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>no item has %1 answers in the largest group and in another</source>
        <translation>aucun item n’a %1 réponses dans le plus grand groupe et dans un autre</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot remove the file of an earlier report</source>
        <translation>%1&#xa0;: impossible de supprimer le fichier d’un rapport précédent</translation>
    </message>
    <message>
        <source>its parameters were not estimated</source>
        <translation>ses paramètres n’ont pas été estimés</translation>
    </message>
    <message>
        <source>this bank takes guessing from chance (irt.guessing: chance), which would add chance floors to the %1 parameters estimated here without them (its scores do not match its scoring rule&apos;s)</source>
        <translation>cette banque tire la part de hasard du nombre d’options (irt.guessing: chance), ce qui ajouterait des planchers de hasard aux paramètres %1 estimés ici sans eux (ses scores ne correspondent pas à ceux de sa règle de notation)</translation>
    </message>
    <message>
        <source>this bank takes guessing from chance (irt.guessing: chance), which would add a lower asymptote to the %1 parameters estimated here; calibrate with the 3PL model (chance or estimated guessing), or remove irt.guessing once every item is calibrated</source>
        <translation>cette banque tire la part de hasard du nombre d’options (irt.guessing: chance), ce qui ajouterait une asymptote basse aux paramètres %1 estimés ici&#xa0;; calibrez avec le modèle 3PL (hasard fixé ou estimé), ou retirez irt.guessing une fois chaque item calibré</translation>
    </message>
    <message>
        <source>the parameters can only be written into a bank folder</source>
        <translation>les paramètres ne peuvent être écrits que dans un dossier de banque</translation>
    </message>
    <message>
        <source>the calibration did not converge: nothing is written into the bank</source>
        <translation>le calibrage n’a pas convergé&#xa0;: rien n’est écrit dans la banque</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2; nothing written (the item needs more or other responses, or another model)</source>
        <translation>item «&#xa0;%1&#xa0;»&#xa0;: %2&#xa0;; rien n’a été écrit (l’item a besoin de plus de réponses, d’autres réponses ou d’un autre modèle)</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: it has no parameters: accept its calibrated parameters to make it operational</source>
        <translation>item «&#xa0;%1&#xa0;»&#xa0;: il n’a pas de paramètres&#xa0;: acceptez ses paramètres calibrés pour le rendre opérationnel</translation>
    </message>
    <message>
        <source>… and other items</source>
        <translation>… et d’autres items</translation>
    </message>
    <message>
        <source>no item was accepted: nothing to write</source>
        <translation>aucun item n’a été accepté&#xa0;: rien à écrire</translation>
    </message>
    <message>
        <source>%1: the version &quot;%2&quot; has no form such as 1.2 or 0.2.0 to raise; give the new version</source>
        <translation>%1&#xa0;: la version «&#xa0;%2&#xa0;» n’a pas une forme comme 1.2 ou 0.2.0 que l’on peut augmenter&#xa0;; indiquez la nouvelle version</translation>
    </message>
    <message>
        <source>the version &quot;%1&quot; is not a version (letters, digits, dots; e.g. 1.0.0)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une version (lettres, chiffres, points&#xa0;; par exemple 1.0.0)</translation>
    </message>
    <message>
        <source>the bank is already at version %1: give a new version</source>
        <translation>la banque est déjà à la version %1&#xa0;: indiquez une nouvelle version</translation>
    </message>
    <message>
        <source>the new release would not be a usable bank; nothing written</source>
        <translation>la nouvelle version ne serait pas une banque utilisable&#xa0;; rien n’est écrit</translation>
    </message>
    <message>
        <source>exposure control computed again for a largest share of %1: %2 of %3 questions held back part of the time</source>
        <translation>contrôle de l’exposition recalculé pour une part maximale de %1&#xa0;: %2 questions sur %3 sont parfois retenues</translation>
    </message>
    <message>
        <source>it did not converge to the target %1</source>
        <translation>il n’a pas convergé vers la cible %1</translation>
    </message>
    <message>
        <source>the exposure control could not be computed again (%1): it is off until computed again (aicet-cli bank exposure --write)</source>
        <translation>le contrôle de l’exposition n’a pas pu être recalculé (%1)&#xa0;: il est désactivé jusqu’à un nouveau calcul (aicet-cli bank exposure --write)</translation>
    </message>
    <message>
        <source>the bank&apos;s files changed since it was calibrated (%1): read it again and calibrate again; nothing written</source>
        <translation>les fichiers de la banque ont changé depuis son calibrage (%1)&#xa0;: relisez-la et calibrez de nouveau&#xa0;; rien n’est écrit</translation>
    </message>
</context>
<context>
    <name>aicet::gui::BankPage</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>expérimentale</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>opérationnelle</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>choix unique</translation>
    </message>
    <message>
        <source>multiple response</source>
        <translation>choix multiples</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>mise en ordre</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>association</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numérique</translation>
    </message>
    <message>
        <source>short text</source>
        <translation>réponse courte</translation>
    </message>
    <message>
        <source>Bank folder:</source>
        <translation>Dossier de la banque&#xa0;:</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>The question bank&apos;s folder</source>
        <translation>Le dossier de la banque de questions</translation>
    </message>
    <message>
        <source>Search the questions</source>
        <translation>Chercher dans les questions</translation>
    </message>
    <message>
        <source>every status</source>
        <translation>tous les statuts</translation>
    </message>
    <message>
        <source>every type</source>
        <translation>tous les types</translation>
    </message>
    <message>
        <source>any translation</source>
        <translation>toutes les traductions</translation>
    </message>
    <message>
        <source>missing a language</source>
        <translation>une langue manque</translation>
    </message>
    <message>
        <source>Shown in:</source>
        <translation>Affichée en&#xa0;:</translation>
    </message>
    <message>
        <source>Try an answer (short text or number)</source>
        <translation>Essayer une réponse (texte court ou nombre)</translation>
    </message>
    <message>
        <source>Problems found in the bank&apos;s files:</source>
        <translation>Problèmes trouvés dans les fichiers de la banque&#xa0;:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n erreur</numerusform>
            <numerusform>, %n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n avertissement</numerusform>
            <numerusform>, %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source> — read at %1.</source>
        <translation> — lue à %1.</translation>
    </message>
    <message>
        <source> The bank cannot be used until its errors are corrected.</source>
        <translation> La banque ne peut pas servir tant que ses erreurs ne sont pas corrigées.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>(no dimension)</source>
        <translation>(sans dimension)</translation>
    </message>
    <message>
        <source>No question matches the filters.</source>
        <translation>Aucune question ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Answer as a pupil would, then confirm: the score and the explanation show here.</source>
        <translation>Répondez comme un élève, puis confirmez&#xa0;: le score et l’explication s’affichent ici.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted answers: %1 (up to %n typing mistake(s)).</source>
        <translation>
            <numerusform>Réponses acceptées&#xa0;: %1 (jusqu’à %n faute de frappe).</numerusform>
            <numerusform>Réponses acceptées&#xa0;: %1 (jusqu’à %n fautes de frappe).</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted: %1 ± %2.</source>
        <translation>Accepté&#xa0;: %1 ± %2.</translation>
    </message>
    <message>
        <source>This answer scores %1 of %2 (%3). The right answer: %4. Explanation: %5 %6</source>
        <translation>Cette réponse vaut %1 sur %2 (%3). La bonne réponse&#xa0;: %4. Explication&#xa0;: %5 %6</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>partly right</source>
        <translation>en partie juste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is accepted.</source>
        <translation>«&#xa0;%1&#xa0;» est acceptée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not accepted.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas acceptée.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No pupil has answered this question yet in the sittings of this database.</source>
        <translation>Aucun élève n’a encore répondu à cette question dans les sessions de cette base.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>With pupils: %n answer(s) in the sittings on this bank, </source>
        <translation>
            <numerusform>Avec les élèves&#xa0;: %n réponse dans les sessions sur cette banque, </numerusform>
            <numerusform>Avec les élèves&#xa0;: %n réponses dans les sessions sur cette banque, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 right; mean score %2.</source>
        <translation>%1 justes&#xa0;; score moyen %2.</translation>
    </message>
    <message numerus="yes">
        <source>ability %1 to %2: %3 (%n answer(s))</source>
        <translation>
            <numerusform>compétence de %1 à %2&#xa0;: %3 (%n réponse)</numerusform>
            <numerusform>compétence de %1 à %2&#xa0;: %3 (%n réponses)</numerusform>
        </translation>
    </message>
    <message>
        <source> — options chosen: %1</source>
        <translation> — options choisies&#xa0;: %1</translation>
    </message>
    <message>
        <source>By ability, from the lowest to the highest group: %1.</source>
        <translation>Par compétence, du groupe le plus faible au plus fort&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Expected score along the ability scale (line), observed by groups of pupils (dots), information (dashed)</source>
        <translation>Score attendu selon la compétence (ligne), observé par groupes d’élèves (points), information (tirets)</translation>
    </message>
    <message>
        <source>The whole bank</source>
        <translation>La banque entière</translation>
    </message>
    <message>
        <source>Compute the precision along the ability scale</source>
        <translation>Calculer la précision selon la compétence</translation>
    </message>
    <message>
        <source>No test has been taken on this bank in this database yet.</source>
        <translation>Aucun test n’a encore été passé sur cette banque dans cette base.</translation>
    </message>
    <message>
        <source>%1 (%2% of the tests)</source>
        <translation>%1 (%2&#xa0;% des tests)</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) taken on this bank. </source>
        <translation>
            <numerusform>%n test passé sur cette banque. </numerusform>
            <numerusform>%n tests passés sur cette banque. </numerusform>
        </translation>
    </message>
    <message>
        <source>Most given: %1.</source>
        <translation>Les plus posées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Every operational and pilot question has been given.</source>
        <translation>Chaque question opérationnelle ou expérimentale a été posée.</translation>
    </message>
    <message numerus="yes">
        <source>Never given (%n question(s)): %1.</source>
        <translation>
            <numerusform>Jamais posée (%n question)&#xa0;: %1.</numerusform>
            <numerusform>Jamais posées (%n questions)&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bank must be usable (no error) to simulate its test.</source>
        <translation>La banque doit être utilisable (sans erreur) pour simuler son test.</translation>
    </message>
    <message>
        <source>The bank&apos;s default test, simulated %1 times at each ability: from -2 to 2, its expected standard error is at most %2%3; tests are at most %4 questions long on average.</source>
        <translation>Le test par défaut de la banque, simulé %1 fois à chaque niveau de compétence&#xa0;: de -2 à 2, son erreur type attendue vaut au plus %2%3&#xa0;; les tests font au plus %4 questions en moyenne.</translation>
    </message>
    <message>
        <source> (target %1)</source>
        <translation> (cible %1)</translation>
    </message>
    <message>
        <source>Expected standard error of the test along the ability scale (line), its target (dotted), the information of the whole bank (dashed)</source>
        <translation>Erreur type attendue du test selon la compétence (ligne), sa cible (pointillés), l’information de toute la banque (tirets)</translation>
    </message>
    <message>
        <source>the most it can</source>
        <translation>le maximum possible</translation>
    </message>
    <message>
        <source>Correlation with the pupils&apos; ability: %1 (a weak signal in an adaptive test, which gives each question to pupils near its difficulty; a value near 0 or below deserves a look).</source>
        <translation>Corrélation avec la compétence des élèves&#xa0;: %1 (un signal faible dans un test adaptatif, qui donne chaque question à des élèves proches de sa difficulté&#xa0;; une valeur proche de 0 ou négative mérite qu’on y regarde).</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>Écran&#xa0;:</translation>
    </message>
    <message>
        <source>this panel</source>
        <translation>ce panneau</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Edit this question…</source>
        <translation>Modifier cette question…</translation>
    </message>
    <message>
        <source>New question…</source>
        <translation>Nouvelle question…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo the %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo the %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved: %1. Undo puts the files back as they were.</source>
        <translation>Enregistré&#xa0;: %1. «&#xa0;Annuler&#xa0;» remet les fichiers comme ils étaient.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Annulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Rétabli&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 was changed since (in another editor?): the %2 cannot be undone.</source>
        <translation>%1 a été modifié depuis (dans un autre éditeur&#xa0;?)&#xa0;: impossible d’annuler «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 was changed since (in another editor?): the %2 cannot be redone.</source>
        <translation>%1 a été modifié depuis (dans un autre éditeur&#xa0;?)&#xa0;: impossible de rétablir «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>this window&apos;s</source>
        <translation>celui de cette fenêtre</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>Import QTI…</source>
        <translation>Importer du QTI…</translation>
    </message>
    <message>
        <source>Questions from another tool, as a QTI 3.0 package (.zip) or item file (.xml)</source>
        <translation>Des questions d’un autre outil, en paquet QTI 3.0 (.zip) ou en fichier d’item (.xml)</translation>
    </message>
    <message>
        <source>Export QTI…</source>
        <translation>Exporter en QTI…</translation>
    </message>
    <message>
        <source>The bank&apos;s questions as a QTI 3.0 package, for other tools</source>
        <translation>Les questions de la banque en paquet QTI 3.0, pour d’autres outils</translation>
    </message>
    <message>
        <source>QTI package or item to import</source>
        <translation>Paquet ou item QTI à importer</translation>
    </message>
    <message>
        <source>QTI packages and items (*.zip *.xml)</source>
        <translation>Paquets et items QTI (*.zip *.xml)</translation>
    </message>
    <message>
        <source>Export the bank as QTI 3.0</source>
        <translation>Exporter la banque en QTI 3.0</translation>
    </message>
    <message>
        <source>QTI packages (*.zip)</source>
        <translation>Paquets QTI (*.zip)</translation>
    </message>
    <message>
        <source>QTI questions imported into %1 (not undone by Undo: remove that file to take them out).</source>
        <translation>Questions QTI importées dans %1 («&#xa0;Annuler&#xa0;» ne les retire pas&#xa0;: supprimez ce fichier pour les enlever).</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) exported to %1.</source>
        <translation>
            <numerusform>%n question exportée dans %1.</numerusform>
            <numerusform>%n questions exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n’a été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source> — options ticked: %1</source>
        <translation> — options cochées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Given in %1 of the %n test(s) on this bank (its exposure).</source>
        <translation>
            <numerusform>Donnée dans %1 des tests passés sur cette banque (%n test ; son exposition).</numerusform>
            <numerusform>Donnée dans %1 des %n tests passés sur cette banque (son exposition).</numerusform>
        </translation>
    </message>
    <message>
        <source>Last calibration: %1</source>
        <translation>Dernier calibrage&#xa0;: %1</translation>
    </message>
    <message>
        <source>every level</source>
        <translation>tous les niveaux</translation>
    </message>
    <message>
        <source>understand</source>
        <translation>comprendre</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>appliquer</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>every theme</source>
        <translation>tous les thèmes</translation>
    </message>
</context>
<context>
    <name>aicet::gui::CalibrationPage</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>expérimentale</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>opérationnelle</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>Responses from the sittings</source>
        <translation>Réponses des sessions</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Finished tests</source>
        <translation>Tests terminés</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>3PL (with guessing)</source>
        <translation>3PL (avec hasard)</translation>
    </message>
    <message>
        <source>2PL</source>
        <translation>2PL</translation>
    </message>
    <message>
        <source>1PL (Rasch)</source>
        <translation>1PL (Rasch)</translation>
    </message>
    <message>
        <source>Right/wrong questions:</source>
        <translation>Questions juste/faux&#xa0;:</translation>
    </message>
    <message>
        <source>what answering at random gives</source>
        <translation>ce que donne une réponse au hasard</translation>
    </message>
    <message>
        <source>estimated (usual prior)</source>
        <translation>estimé (loi a priori habituelle)</translation>
    </message>
    <message>
        <source>estimated without prior</source>
        <translation>estimé sans loi a priori</translation>
    </message>
    <message>
        <source>Guessing:</source>
        <translation>Hasard&#xa0;:</translation>
    </message>
    <message>
        <source>the bank&apos;s (else GPCM)</source>
        <translation>celui de la banque (sinon GPCM)</translation>
    </message>
    <message>
        <source>GPCM</source>
        <translation>GPCM</translation>
    </message>
    <message>
        <source>GRM</source>
        <translation>GRM</translation>
    </message>
    <message>
        <source>Partial credit:</source>
        <translation>Crédit partiel&#xa0;:</translation>
    </message>
    <message>
        <source>Only the other questions are estimated, on the scale of the operational ones. Leave it unticked while the bank&apos;s parameters are provisional.</source>
        <translation>Seules les autres questions sont estimées, sur l’échelle des questions opérationnelles. Laissez la case vide tant que les paramètres de la banque sont provisoires.</translation>
    </message>
    <message>
        <source>A question answered fewer times keeps its parameters: so few answers cannot tell them (and would keep the estimation from converging).</source>
        <translation>Une question qui a reçu moins de réponses garde ses paramètres&#xa0;: si peu de réponses ne peuvent pas les dire (et empêcheraient l’estimation de converger).</translation>
    </message>
    <message>
        <source>Fewest answers per question:</source>
        <translation>Réponses minimum par question&#xa0;:</translation>
    </message>
    <message>
        <source>Standard errors (slower)</source>
        <translation>Erreurs types (plus lent)</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>Calibrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>c</source>
        <translation>c</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Make operational</source>
        <translation>Rendre opérationnelle</translation>
    </message>
    <message>
        <source>Read the report</source>
        <translation>Lire le rapport</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Calibration report</source>
        <translation>Rapport de calibrage</translation>
    </message>
    <message>
        <source>Folder for the calibration report</source>
        <translation>Dossier du rapport de calibrage</translation>
    </message>
    <message>
        <source>New release of the bank</source>
        <translation>Nouvelle version de la banque</translation>
    </message>
    <message>
        <source>What changed (kept with the release)</source>
        <translation>Ce qui a changé (gardé avec la version)</translation>
    </message>
    <message>
        <source>Write the release</source>
        <translation>Écrire la version</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Releases kept in the database</source>
        <translation>Versions gardées dans la base de données</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Open a bank without errors in the Question banks tab to calibrate it.</source>
        <translation>Ouvrez une banque sans erreur dans l’onglet Banques de questions pour la calibrer.</translation>
    </message>
    <message>
        <source>Bank: %1, version %2 (content %3), in %4</source>
        <translation>Banque&#xa0;: %1, version %2 (contenu %3), dans %4</translation>
    </message>
    <message>
        <source>this content</source>
        <translation>ce contenu</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>une autre version</translation>
    </message>
    <message>
        <source>nobody has finished this sitting yet</source>
        <translation>personne n’a encore terminé cette session</translation>
    </message>
    <message>
        <source>taken on another content of the bank (%1): its answers belong to that release</source>
        <translation>passée sur un autre contenu de la banque (%1)&#xa0;: ses réponses appartiennent à cette version</translation>
    </message>
    <message>
        <source>Tick the sittings whose answers are used.</source>
        <translation>Cochez les sessions dont les réponses sont utilisées.</translation>
    </message>
    <message>
        <source>These sittings have no answers yet.</source>
        <translation>Ces sessions n’ont encore aucune réponse.</translation>
    </message>
    <message numerus="yes">
        <source>Calibrating from %n answer(s)…</source>
        <translation>
            <numerusform>Calibrage à partir de %n réponse…</numerusform>
            <numerusform>Calibrage à partir de %n réponses…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Cycle %1: the parameters still move by %2 (it stops below %3).</source>
        <translation>Cycle %1&#xa0;: les paramètres bougent encore de %2 (arrêt en dessous de %3).</translation>
    </message>
    <message>
        <source>Calibration cancelled: nothing changed.</source>
        <translation>Calibrage annulé&#xa0;: rien n’a changé.</translation>
    </message>
    <message>
        <source>The calibration could not be done: %1</source>
        <translation>Le calibrage n’a pas pu être fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 after %2 cycles, from %3 pupils: %4 question(s) estimated, %5 anchor(s), %6 nobody answered (%7 s).</source>
        <translation>%1 après %2 cycles, à partir de %3 élèves&#xa0;: questions estimées&#xa0;: %4&#xa0;; ancres&#xa0;: %5&#xa0;; sans aucune réponse&#xa0;: %6 (%7 s).</translation>
    </message>
    <message>
        <source>Converged</source>
        <translation>Convergé</translation>
    </message>
    <message>
        <source>NOT converged</source>
        <translation>PAS de convergence</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left out: their answers cannot tell their parameters (see Remarks).</source>
        <translation>
            <numerusform>%n question laissée de côté&#xa0;: ses réponses ne peuvent pas dire ses paramètres (voir Remarques).</numerusform>
            <numerusform>%n questions laissées de côté&#xa0;: leurs réponses ne peuvent pas dire leurs paramètres (voir Remarques).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be written from a calibration that did not converge.</source>
        <translation>Rien ne peut être écrit à partir d’un calibrage qui n’a pas convergé.</translation>
    </message>
    <message>
        <source>nobody answered it</source>
        <translation>personne n’y a répondu</translation>
    </message>
    <message>
        <source>anchor: keeps its parameters</source>
        <translation>ancre&#xa0;: garde ses paramètres</translation>
    </message>
    <message>
        <source>does not fit the model (RMSD)</source>
        <translation>ne s’ajuste pas au modèle (RMSD)</translation>
    </message>
    <message>
        <source>does not fit the model (S-X2)</source>
        <translation>ne s’ajuste pas au modèle (S-X2)</translation>
    </message>
    <message>
        <source>few answers: provisional</source>
        <translation>peu de réponses&#xa0;: provisoire</translation>
    </message>
    <message>
        <source>works differently for a group (%1)</source>
        <translation>fonctionne autrement pour un groupe (%1)</translation>
    </message>
    <message>
        <source>Write its new parameters into the release</source>
        <translation>Écrire ses nouveaux paramètres dans la version</translation>
    </message>
    <message>
        <source>already operational</source>
        <translation>déjà opérationnelle</translation>
    </message>
    <message>
        <source>Give it to pupils as a scored question from this release</source>
        <translation>La donner aux élèves comme question notée à partir de cette version</translation>
    </message>
    <message>
        <source>it needs parameters first</source>
        <translation>elle a d’abord besoin de paramètres</translation>
    </message>
    <message>
        <source>Moved by %1 or more</source>
        <translation>A bougé de %1 ou plus</translation>
    </message>
    <message numerus="yes">
        <source>Write version %1 of the bank into %2?

%n question(s) get new parameters</source>
        <translation>
            <numerusform>Écrire la version %1 de la banque dans %2&#xa0;?

%n question reçoit de nouveaux paramètres</numerusform>
            <numerusform>Écrire la version %1 de la banque dans %2&#xa0;?

%n questions reçoivent de nouveaux paramètres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n become(s) operational.</source>
        <translation>
            <numerusform>, %n devient opérationnelle.</numerusform>
            <numerusform>, %n deviennent opérationnelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only those lines of the files change. The sittings already created keep the release they were created on.</source>
        <translation>Seules ces lignes des fichiers changent. Les sessions déjà créées gardent la version sur laquelle elles ont été créées.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n’a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version %1 was written, but the bank cannot be read back: %2</source>
        <translation>La version %1 a été écrite, mais la banque ne peut pas être relue&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>calibrated from %1: %n question(s) with new parameters</source>
        <translation>
            <numerusform>calibrée à partir de %1&#xa0;: %n question avec de nouveaux paramètres</numerusform>
            <numerusform>calibrée à partir de %1&#xa0;: %n questions avec de nouveaux paramètres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n made operational</source>
        <translation>
            <numerusform>, %n rendue opérationnelle</numerusform>
            <numerusform>, %n rendues opérationnelles</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 was written into the folder, but it could not be kept in the database: %2</source>
        <translation>La version %1 a été écrite dans le dossier, mais elle n’a pas pu être gardée dans la base de données&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 written and kept (content %2): %n question(s) with new parameters</source>
        <translation>
            <numerusform>Version %1 écrite et gardée (contenu %2)&#xa0;: %n question avec de nouveaux paramètres</numerusform>
            <numerusform>Version %1 écrite et gardée (contenu %2)&#xa0;: %n questions avec de nouveaux paramètres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n made operational.</source>
        <translation>
            <numerusform>, %n rendue opérationnelle.</numerusform>
            <numerusform>, %n rendues opérationnelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written into %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>%1 (the folder&apos;s)</source>
        <translation>%1 (celle du dossier)</translation>
    </message>
    <message>
        <source>Sittings created from now on use it; the earlier ones keep theirs.</source>
        <translation>Les sessions créées désormais l’utilisent&#xa0;; les précédentes gardent la leur.</translation>
    </message>
    <message>
        <source>Slope a</source>
        <translation>Pente a</translation>
    </message>
    <message>
        <source>Difficulty b</source>
        <translation>Difficulté b</translation>
    </message>
    <message>
        <source>Before → after the calibration</source>
        <translation>Avant → après le calibrage</translation>
    </message>
    <message>
        <source>Accept all that can be</source>
        <translation>Tout accepter quand c’est possible</translation>
    </message>
    <message>
        <source>Accept none</source>
        <translation>Ne rien accepter</translation>
    </message>
    <message>
        <source>slope %1, difficulty %2</source>
        <translation>pente %1, difficulté %2</translation>
    </message>
    <message>
        <source>Operational questions keep their parameters (anchors):</source>
        <translation>Les questions opérationnelles gardent leurs paramètres (ancres)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>aicet::gui::ClassImportDialog</name>
    <message>
        <source>Import a class list</source>
        <translation>Importer une liste de classe</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by &quot;%2&quot;. Check which column is which, then import: rows with a problem are left out.</source>
        <translation>Lu en %1, colonnes séparées par «&#xa0;%2&#xa0;». Vérifiez quelle colonne est laquelle, puis importez&#xa0;: les lignes qui posent problème sont écartées.</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Classe&#xa0;:</translation>
    </message>
    <message>
        <source>Identifier (optional):</source>
        <translation>Identifiant (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>e.g. 5e B</source>
        <translation>par ex. 5e B</translation>
    </message>
    <message>
        <source>Class of the rows that name none:</source>
        <translation>Classe des lignes qui n’en nomment pas&#xa0;:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>%1 row(s): %2 to import, %3 left out.</source>
        <translation>%1 ligne(s)&#xa0;: %2 à importer, %3 écartée(s).</translation>
    </message>
    <message>
        <source>No row can be imported: check the columns and the class.</source>
        <translation>Aucune ligne ne peut être importée&#xa0;: vérifiez les colonnes et la classe.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::ClassesPage</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Code personnel</translation>
    </message>
    <message>
        <source>Import a class list…</source>
        <translation>Importer une liste de classe…</translation>
    </message>
    <message>
        <source>Print the code slips…</source>
        <translation>Imprimer les fiches de codes…</translation>
    </message>
    <message>
        <source>Remove the selected pupil</source>
        <translation>Retirer l’élève sélectionné</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Importer une liste de classe</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt);;All files (*)</source>
        <translation>Listes de classe (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Select a class first.</source>
        <translation>Sélectionnez d’abord une classe.</translation>
    </message>
    <message>
        <source>Save the code slips</source>
        <translation>Enregistrer les fiches de codes</translation>
    </message>
    <message>
        <source>code-slips-%1.pdf</source>
        <translation>fiches-codes-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Add the pupil to the class</source>
        <translation>Ajouter l’élève à la classe</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pupil(s))</source>
        <translation>
            <numerusform>%1 (%n élève)</numerusform>
            <numerusform>%1 (%n élèves)</numerusform>
        </translation>
    </message>
    <message>
        <source>No class yet: import a class list (a CSV file from the school&apos;s software).</source>
        <translation>Aucune classe pour l’instant&#xa0;: importez une liste de classe (un fichier CSV du logiciel de l’établissement).</translation>
    </message>
    <message numerus="yes">
        <source>%n code slip(s) saved in %1</source>
        <translation>
            <numerusform>%n fiche de code enregistrée dans %1</numerusform>
            <numerusform>%n fiches de codes enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pupil in the table first.</source>
        <translation>Sélectionnez d’abord un élève dans le tableau.</translation>
    </message>
    <message>
        <source>Extra time</source>
        <translation>Temps en plus</translation>
    </message>
    <message>
        <source>Entitled to extra time (e.g. a third more time)</source>
        <translation>A droit à du temps supplémentaire (par exemple un tiers-temps)</translation>
    </message>
    <message>
        <source>Save the changes to the selected pupil</source>
        <translation>Enregistrer les changements de l’élève choisi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>This pupil was removed meanwhile.</source>
        <translation>Cet élève a été retiré entre-temps.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::ConsolePage</name>
    <message>
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <source>Sitting:</source>
        <translation>Session&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silence</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>The question the pupil is on, of how many the test asks (it adapts); the level once finished</source>
        <translation>La question où en est l’élève, sur le nombre que demande le test (il s’adapte)&#xa0;; le niveau une fois terminé</translation>
    </message>
    <message>
        <source>Test time left, extra time included</source>
        <translation>Temps de test restant, temps supplémentaire compris</translation>
    </message>
    <message>
        <source>Extra time granted to the pupil</source>
        <translation>Temps supplémentaire accordé à l’élève</translation>
    </message>
    <message>
        <source>Times the pupil left the test window</source>
        <translation>Nombre de fois où l’élève a quitté la fenêtre du test</translation>
    </message>
    <message>
        <source>Time since the pupil&apos;s last answer</source>
        <translation>Temps depuis la dernière réponse de l’élève</translation>
    </message>
    <message>
        <source>Incidents noted for the pupil</source>
        <translation>Incidents notés pour l’élève</translation>
    </message>
    <message>
        <source>For the selected pupils</source>
        <translation>Pour les élèves choisis</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Set this extra time</source>
        <translation>Fixer ce temps supplémentaire</translation>
    </message>
    <message>
        <source>Replaces the pupil&apos;s extra time (0 removes it); for a pupil who has not started, it is granted when the test starts.</source>
        <translation>Remplace le temps supplémentaire de l’élève (0 le retire)&#xa0;; pour un élève qui n’a pas commencé, il est accordé quand le test commence.</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minutes&#xa0;:</translation>
    </message>
    <message>
        <source>required to reopen or stop a test, or for an incident of type &quot;other&quot;</source>
        <translation>obligatoire pour rouvrir ou arrêter un test, ou pour un incident de type «&#xa0;autre&#xa0;»</translation>
    </message>
    <message>
        <source>Reason or note:</source>
        <translation>Raison ou note&#xa0;:</translation>
    </message>
    <message>
        <source>technical problem</source>
        <translation>problème technique</translation>
    </message>
    <message>
        <source>fraud suspected</source>
        <translation>fraude soupçonnée</translation>
    </message>
    <message>
        <source>pupil unwell</source>
        <translation>élève malade</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Incident type:</source>
        <translation>Type d’incident&#xa0;:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Allow another computer</source>
        <translation>Autoriser un autre ordinateur</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>Arrêter le test</translation>
    </message>
    <message>
        <source>Note an incident</source>
        <translation>Noter un incident</translation>
    </message>
    <message>
        <source>Actions and incidents of this sitting:</source>
        <translation>Actions et incidents de cette session&#xa0;:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>No sitting yet: create one on the Sittings tab.</source>
        <translation>Pas encore de session&#xa0;: créez-en une dans l’onglet Sessions.</translation>
    </message>
    <message>
        <source>Only the teacher who created this sitting or an administrator acts on it.</source>
        <translation>Seul l’enseignant qui a créé cette session ou un administrateur agit sur elle.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2–%3</source>
        <translation>%1 sur %2 à %3</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No answer for %1: go and see.</source>
        <translation>Aucune réponse depuis %1&#xa0;: allez voir.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s): </source>
        <translation>
            <numerusform>%n élève&#xa0;: </numerusform>
            <numerusform>%n élèves&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not started, %2 in progress, %3 paused, %4 finished, %5 incomplete. Updated at %6.</source>
        <translation>pas commencé&#xa0;: %1, en cours&#xa0;: %2, en pause&#xa0;: %3, terminé&#xa0;: %4, incomplet&#xa0;: %5. Mis à jour à %6.</translation>
    </message>
    <message>
        <source>Select one or more pupils in the table first.</source>
        <translation>Choisissez d’abord un ou plusieurs élèves dans le tableau.</translation>
    </message>
    <message numerus="yes">
        <source>Stop the test of %n pupil(s)? Their confirmed answers are scored; a test can be reopened later.</source>
        <translation>
            <numerusform>Arrêter le test de %n élève&#xa0;? Ses réponses confirmées sont notées&#xa0;; un test peut être rouvert plus tard.</numerusform>
            <numerusform>Arrêter le test de %n élèves&#xa0;? Leurs réponses confirmées sont notées&#xa0;; un test peut être rouvert plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>En plus</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>question %1</translation>
    </message>
    <message>
        <source>Select every pupil</source>
        <translation>Choisir tous les élèves</translation>
    </message>
</context>
<context>
    <name>aicet::gui::EndPage</name>
    <message>
        <source>Back to the start</source>
        <translation>Retour à l’accueil</translation>
    </message>
</context>
<context>
    <name>aicet::gui::InstructionsPage</name>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>There are about %1 to %2 questions: the test adapts to your answers, so it may stop earlier.</source>
        <translation>Il y a environ %1 à %2 questions&#xa0;: le test s’adapte à tes réponses, il peut donc s’arrêter plus tôt.</translation>
    </message>
    <message>
        <source>The test fills the screen. If you leave it or switch to another window, it is noted for your teacher.</source>
        <translation>Le test s’affiche en plein écran. Si tu le quittes ou passes à une autre fenêtre, ton professeur en est informé.</translation>
    </message>
    <message>
        <source>If the computer stops, nothing is lost: start AICET again and type the same codes to continue where you were.</source>
        <translation>Si l’ordinateur s’arrête, rien n’est perdu&#xa0;: relance AICET et tape les mêmes codes pour reprendre là où tu en étais.</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Commencer</translation>
    </message>
    <message numerus="yes">
        <source>There are %n question(s).</source>
        <translation>
            <numerusform>Il y a %n question.</numerusform>
            <numerusform>Il y a %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n minute(s). The clock starts when you press &lt;b&gt;Begin&lt;/b&gt;; the time left is shown at the top right, and you are warned 5 minutes before the end.</source>
        <translation>
            <numerusform>Tu as %n minute. Le chrono démarre quand tu appuies sur &lt;b&gt;Commencer&lt;/b&gt;&#xa0;; le temps qui reste est affiché en haut à droite, et tu es prévenu 5 minutes avant la fin.</numerusform>
            <numerusform>Tu as %n minutes. Le chrono démarre quand tu appuies sur &lt;b&gt;Commencer&lt;/b&gt;&#xa0;; le temps qui reste est affiché en haut à droite, et tu es prévenu 5 minutes avant la fin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer each question, then press &lt;b&gt;Confirm&lt;/b&gt; (bottom right) and then &lt;b&gt;Yes, confirm&lt;/b&gt;. Once confirmed, an answer cannot be changed.</source>
        <translation>Réponds à chaque question, puis appuie sur &lt;b&gt;Confirmer&lt;/b&gt; (en bas à droite) et ensuite sur &lt;b&gt;Oui, confirmer&lt;/b&gt;. Une fois confirmée, une réponse ne peut plus être changée.</translation>
    </message>
    <message>
        <source>With the keyboard: a letter or a number chooses an option, Tab moves to the next element, Enter confirms. To put elements in order, choose one and press &lt;b&gt;Move up&lt;/b&gt; or &lt;b&gt;Move down&lt;/b&gt; (or Alt and the arrows).</source>
        <translation>Au clavier&#xa0;: une lettre ou un chiffre choisit une réponse, Tab passe à l’élément suivant, Entrée confirme. Pour remettre des éléments dans l’ordre, choisis-en un et appuie sur &lt;b&gt;Monter&lt;/b&gt; ou &lt;b&gt;Descendre&lt;/b&gt; (ou Alt et les flèches).</translation>
    </message>
    <message>
        <source>The buttons at the very top change the display: &lt;b&gt;A−&lt;/b&gt; and &lt;b&gt;A+&lt;/b&gt; (or Ctrl − and Ctrl +) the text size, then high contrast and an easier-to-read font. &lt;b&gt;Read aloud&lt;/b&gt;, at the bottom left of each question, reads it to you.</source>
        <translation>Les boutons tout en haut changent l’affichage&#xa0;: &lt;b&gt;A−&lt;/b&gt; et &lt;b&gt;A+&lt;/b&gt; (ou Ctrl − et Ctrl +) la taille du texte, puis le contraste élevé et une police plus facile à lire. &lt;b&gt;Lire à voix haute&lt;/b&gt;, en bas à gauche de chaque question, te la lit.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::ItemEditor</name>
    <message>
        <source>the bank would not read with these changes</source>
        <translation>la banque ne se lirait plus avec ces modifications</translation>
    </message>
    <message>
        <source>Edit the question %1</source>
        <translation>Modifier la question %1</translation>
    </message>
    <message>
        <source>%1, in %2 (line %3). Only the values you change are written; comments and layout stay.</source>
        <translation>%1, dans %2 (ligne %3). Seules les valeurs que vous modifiez sont écrites&#xa0;; les commentaires et la mise en forme restent.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Themes (ids, separated by commas):</source>
        <translation>Thèmes (identifiants séparés par des virgules)&#xa0;:</translation>
    </message>
    <message>
        <source>Questions that must never be in the same test as this one.</source>
        <translation>Questions qui ne doivent jamais être dans le même test que celle-ci.</translation>
    </message>
    <message>
        <source>Never in the same test as:</source>
        <translation>Jamais dans le même test que&#xa0;:</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question&#xa0;:</translation>
    </message>
    <message>
        <source>What the picture shows (for pupils who cannot see it):</source>
        <translation>Ce que montre l’image (pour les élèves qui ne peuvent pas la voir)&#xa0;:</translation>
    </message>
    <message>
        <source>Accepted answers (one per line):</source>
        <translation>Réponses acceptées (une par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Explanation shown after the test:</source>
        <translation>Explication montrée après le test&#xa0;:</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>Bonne réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Right answers:</source>
        <translation>Bonnes réponses&#xa0;:</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>Right order (ids, separated by commas):</source>
        <translation>Bon ordre (identifiants séparés par des virgules)&#xa0;:</translation>
    </message>
    <message>
        <source>Right pairs (premise=response, separated by commas):</source>
        <translation>Bonnes paires (prémisse=réponse, séparées par des virgules)&#xa0;:</translation>
    </message>
    <message>
        <source>Tolerance (±):</source>
        <translation>Tolérance (±)&#xa0;:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>the right pairs are written premise=response, separated by commas (&quot;%1&quot; is not)</source>
        <translation>les bonnes paires s’écrivent prémisse=réponse, séparées par des virgules («&#xa0;%1&#xa0;» ne l’est pas)</translation>
    </message>
    <message>
        <source>the right answer and its tolerance are numbers (the tolerance 0 or more)</source>
        <translation>la bonne réponse et sa tolérance sont des nombres (la tolérance vaut 0 ou plus)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>edit of %1</source>
        <translation>modification de %1</translation>
    </message>
    <message>
        <source>Nothing was written:
%1</source>
        <translation>Rien n’a été écrit&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Elements to put in order:</source>
        <translation>Éléments à remettre dans l’ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Premises (left):</source>
        <translation>Prémisses (à gauche)&#xa0;:</translation>
    </message>
    <message>
        <source>Responses (right):</source>
        <translation>Réponses (à droite)&#xa0;:</translation>
    </message>
    <message>
        <source>draft (never given)</source>
        <translation>brouillon (jamais donnée)</translation>
    </message>
    <message>
        <source>pilot (given unscored, for calibration)</source>
        <translation>pilote (donnée sans être notée, pour le calibrage)</translation>
    </message>
    <message>
        <source>operational (scored)</source>
        <translation>opérationnelle (notée)</translation>
    </message>
    <message>
        <source>retired (never given)</source>
        <translation>retirée (plus jamais donnée)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Picture (a file of the bank&apos;s folder):</source>
        <translation>Image (un fichier du dossier de la banque)&#xa0;:</translation>
    </message>
    <message>
        <source>Picture of the question</source>
        <translation>Image de la question</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The picture must be in the bank&apos;s folder (copy it into its images folder first).</source>
        <translation>L’image doit être dans le dossier de la banque (copiez-la d’abord dans son dossier images).</translation>
    </message>
    <message>
        <source>Add one</source>
        <translation>En ajouter une</translation>
    </message>
    <message>
        <source>Remove the selected one</source>
        <translation>Retirer celle qui est choisie</translation>
    </message>
    <message>
        <source>a picture is taken out in the item&apos;s file (its image: lines)</source>
        <translation>une image se retire dans le fichier de l’item (ses lignes image:)</translation>
    </message>
    <message>
        <source>a new entry needs an id of its own (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;): &quot;%1&quot;</source>
        <translation>une nouvelle entrée a besoin de son propre identifiant (lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;», «&#xa0;-&#xa0;»)&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>One picture per language: change them in the item&apos;s file.</source>
        <translation>Une image par langue&#xa0;: changez-les dans le fichier de l’item.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::MainWindow</name>
    <message>
        <source>Quit the test?</source>
        <translation>Quitter le test&#xa0;?</translation>
    </message>
    <message>
        <source>Your confirmed answers are kept. To continue later, start AICET again and type the same codes.</source>
        <translation>Tes réponses confirmées sont conservées. Pour continuer plus tard, relance AICET et tape les mêmes codes.</translation>
    </message>
    <message>
        <source>AICET cannot open its database: %1</source>
        <translation>AICET ne peut pas ouvrir sa base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>AICET – AI competence test</source>
        <translation>AICET – test de compétences en IA</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl −)</source>
        <translation>Texte plus petit (Ctrl −)</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl +)</source>
        <translation>Texte plus grand (Ctrl +)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Easy-to-read font</source>
        <translation>Police facile à lire</translation>
    </message>
    <message>
        <source>You left the full-screen test. This was noted for your teacher; you can go on.</source>
        <translation>Tu as quitté le test en plein écran. Ton professeur en a été informé&#xa0;; tu peux continuer.</translation>
    </message>
    <message>
        <source>Welcome back! Your answers were kept; here is where you were.</source>
        <translation>Bon retour&#xa0;! Tes réponses ont été conservées&#xa0;; voici où tu en étais.</translation>
    </message>
    <message>
        <source>5 minutes left. Take your time: every confirmed answer counts.</source>
        <translation>Il reste 5 minutes. Prends ton temps&#xa0;: chaque réponse confirmée compte.</translation>
    </message>
    <message>
        <source>You left the test window. This was noted for your teacher; you can go on calmly.</source>
        <translation>Tu as quitté la fenêtre du test. Ton professeur en a été informé&#xa0;; tu peux continuer tranquillement.</translation>
    </message>
    <message>
        <source>No voice is installed on this computer for reading aloud.</source>
        <translation>Aucune voix n’est installée sur cet ordinateur pour la lecture à voix haute.</translation>
    </message>
    <message>
        <source>Your teacher gave you more time.</source>
        <translation>Ton professeur t’a donné plus de temps.</translation>
    </message>
    <message>
        <source>The test was stopped</source>
        <translation>Le test a été arrêté</translation>
    </message>
    <message>
        <source>Your answers are saved, but the end of the test could not be recorded (%1). Call your teacher.</source>
        <translation>Tes réponses sont enregistrées, mais la fin du test n’a pas pu être notée (%1). Appelle ton professeur.</translation>
    </message>
    <message>
        <source>Reading aloud does not work on this computer: no voice is installed. Ask your teacher.</source>
        <translation>La lecture à voix haute ne marche pas sur cet ordinateur&#xa0;: aucune voix n’est installée. Demande à ton professeur.</translation>
    </message>
    <message>
        <source>The test is over. Thank you!</source>
        <translation>Le test est fini. Merci&#xa0;!</translation>
    </message>
    <message>
        <source>The test was stopped. Every answer you confirmed is kept; your teacher will tell you what comes next.</source>
        <translation>Le test a été arrêté. Toutes les réponses que tu as confirmées sont gardées&#xa0;; ton professeur te dira la suite.</translation>
    </message>
    <message>
        <source>Your answers have been saved. Your teacher will share your results with you.</source>
        <translation>Tes réponses sont enregistrées. Ton professeur te donnera tes résultats.</translation>
    </message>
    <message numerus="yes">
        <source>You answered %n question(s).</source>
        <translation>
            <numerusform>Tu as répondu à %n question.</numerusform>
            <numerusform>Tu as répondu à %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>The time ran out before there were enough answers to give you a level.</source>
        <translation>Le temps s’est écoulé avant qu’il y ait assez de réponses pour te donner un niveau.</translation>
    </message>
    <message numerus="yes">
        <source>A level needs at least %n answered question(s): we cannot tell you yours this time.</source>
        <translation>
            <numerusform>Pour donner un niveau, il faut au moins %n réponse&#xa0;: nous ne pouvons pas te donner le tien cette fois.</numerusform>
            <numerusform>Pour donner un niveau, il faut au moins %n réponses&#xa0;: nous ne pouvons pas te donner le tien cette fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answers do not yet show your level clearly enough: we cannot tell you yours this time.</source>
        <translation>Tes réponses ne montrent pas encore assez clairement ton niveau&#xa0;: nous ne pouvons pas te le donner cette fois.</translation>
    </message>
    <message>
        <source>Your answers are saved. Your teacher will tell you what comes next.</source>
        <translation>Tes réponses sont enregistrées. Ton professeur te dira la suite.</translation>
    </message>
    <message>
        <source>Your score is %1 points; the average is %2. A score is an estimate: yours is very likely between %3 and %4.</source>
        <translation>Ton score est de %1 points&#xa0;; la moyenne est de %2. Un score est une estimation&#xa0;: le tien est très probablement entre %3 et %4.</translation>
    </message>
    <message numerus="yes">
        <source>It comes from your answers to %n question(s).</source>
        <translation>
            <numerusform>Il vient de ta réponse à %n question.</numerusform>
            <numerusform>Il vient de tes réponses à %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>By area</source>
        <translation>Par domaine</translation>
    </message>
    <message>
        <source>Each area has fewer questions than the whole test, so its result is less sure and can differ from your overall level.</source>
        <translation>Chaque domaine a moins de questions que le test entier&#xa0;: son résultat est moins sûr et peut être différent de ton niveau général.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not enough questions in this area to say</source>
        <translation>pas assez de questions dans ce domaine pour le dire</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Question %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Ta réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>The right answer: %1</source>
        <translation>La bonne réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>To learn more: the questions you missed</source>
        <translation>Pour apprendre&#xa0;: les questions que tu as manquées</translation>
    </message>
    <message>
        <source>Your level: %1 (level %2 of %3)</source>
        <translation>Ton niveau&#xa0;: %1 (niveau %2 sur %3)</translation>
    </message>
    <message>
        <source>There are %1 chances out of 10 that this is really your level.</source>
        <translation>Il y a %1 chances sur 10 que ce soit bien ton niveau.</translation>
    </message>
    <message>
        <source>Your answers do not allow us to choose between these two levels: there are %1 chances out of 10 that your level is one of them.</source>
        <translation>Tes réponses ne permettent pas de choisir entre ces deux niveaux&#xa0;: il y a %1 chances sur 10 que ton niveau soit l’un des deux.</translation>
    </message>
    <message>
        <source>This result may not show what you know: talk about it with your teacher.</source>
        <translation>Ce résultat ne montre peut-être pas ce que tu sais&#xa0;: parles-en avec ton professeur.</translation>
    </message>
    <message>
        <source>Areas covered by the test</source>
        <translation>Domaines couverts par le test</translation>
    </message>
    <message>
        <source>Your level is for all these areas together: with a few questions each, a result per area would say nothing more than your overall level.</source>
        <translation>Ton niveau vaut pour tous ces domaines ensemble&#xa0;: avec peu de questions chacun, un résultat par domaine ne dirait rien de plus que ton niveau global.</translation>
    </message>
    <message>
        <source>Your score is %1 points; the average is %2. A score is an estimate: yours is very likely at least %3.</source>
        <translation>Ton score est de %1 points&#xa0;; la moyenne est de %2. Un score est une estimation&#xa0;: le tien est très probablement d’au moins %3.</translation>
    </message>
    <message>
        <source>Your score is %1 points; the average is %2. A score is an estimate: yours is very likely at most %3.</source>
        <translation>Ton score est de %1 points&#xa0;; la moyenne est de %2. Un score est une estimation&#xa0;: le tien est très probablement d’au plus %3.</translation>
    </message>
    <message>
        <source>Your level: %1 or %2 (levels %3 and %4 of %5)</source>
        <translation>Ton niveau&#xa0;: %1 ou %2 (niveaux %3 et %4 sur %5)</translation>
    </message>
    <message>
        <source>You answered many questions faster than they can be read.</source>
        <translation>Tu as répondu à beaucoup de questions plus vite qu’on ne peut les lire.</translation>
    </message>
    <message>
        <source>Your teacher will look at this result with you: it may not show everything you know.</source>
        <translation>Ton professeur regardera ce résultat avec toi&#xa0;: il ne montre peut-être pas tout ce que tu sais.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::NewItemDialog</name>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>letters, digits, . _ - (at most 64)</source>
        <translation>lettres, chiffres, . _ - (64 au plus)</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Competency:</source>
        <translation>Compétence&#xa0;:</translation>
    </message>
    <message>
        <source>In the file:</source>
        <translation>Dans le fichier&#xa0;:</translation>
    </message>
    <message>
        <source>The question is added as a draft, with texts to write in every language of the bank; edit it next.</source>
        <translation>La question est ajoutée comme brouillon, avec des textes à écrire dans chaque langue de la banque&#xa0;; modifiez-la ensuite.</translation>
    </message>
    <message>
        <source>the id is made of letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation>l’identifiant est fait de lettres, de chiffres, de «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;» (64 au plus)</translation>
    </message>
    <message>
        <source>the bank already has a question &quot;%1&quot;</source>
        <translation>la banque a déjà une question «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the bank needs a competency and an item file first</source>
        <translation>la banque a d’abord besoin d’une compétence et d’un fichier d’items</translation>
    </message>
    <message>
        <source>new question %1</source>
        <translation>nouvelle question %1</translation>
    </message>
    <message>
        <source>Nothing was written:
%1</source>
        <translation>Rien n’a été écrit&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>aicet::gui::QtiImportDialog</name>
    <message>
        <source>Import questions from QTI</source>
        <translation>Importer des questions QTI</translation>
    </message>
    <message>
        <source>QTI question</source>
        <translation>Question QTI</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What becomes of it</source>
        <translation>Ce qu’elle devient</translation>
    </message>
    <message>
        <source>Id in the bank</source>
        <translation>Identifiant dans la banque</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>draft (never given)</source>
        <translation>brouillon (jamais donnée)</translation>
    </message>
    <message>
        <source>pilot (given unscored, for calibration)</source>
        <translation>pilote (donnée sans être notée, pour le calibrage)</translation>
    </message>
    <message>
        <source>Import them as:</source>
        <translation>Les importer comme&#xa0;:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>can be imported</source>
        <translation>peut être importée</translation>
    </message>
    <message>
        <source>imported, to check</source>
        <translation>importée, à vérifier</translation>
    </message>
    <message>
        <source>can be imported, to check</source>
        <translation>peut être importée, à vérifier</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>non importée</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Rien ne peut être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 question(s) imported into %2 (%3 to check), %4 not imported.</source>
        <translation>Questions importées dans %2&#xa0;: %1 (dont %3 à vérifier)&#xa0;; non importées&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 question(s) can be imported into %2 (%3 to check), %4 cannot.</source>
        <translation>Questions qui peuvent être importées dans %2&#xa0;: %1 (dont %3 à vérifier)&#xa0;; qui ne le peuvent pas&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::QuestionPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Question %1 of about %2–%3</source>
        <translation>Question %1 sur environ %2–%3</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <source>Reads the question and the answers aloud.</source>
        <translation>Lit la question et les réponses à voix haute.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Confirms your answer. You will be asked once more.</source>
        <translation>Confirme ta réponse. Une seconde confirmation te sera demandée.</translation>
    </message>
    <message>
        <source>Confirm this answer? You cannot change it afterwards.</source>
        <translation>Tu confirmes cette réponse&#xa0;? Tu ne pourras plus la modifier ensuite.</translation>
    </message>
    <message>
        <source>Yes, confirm</source>
        <translation>Oui, confirmer</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Non, revenir</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Temps restant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time left: %1 minutes</source>
        <translation>Temps restant&#xa0;: %1 minutes</translation>
    </message>
    <message>
        <source>Answer the question first.</source>
        <translation>Réponds d’abord à la question.</translation>
    </message>
    <message>
        <source>The test goes on.</source>
        <translation>Le test reprend.</translation>
    </message>
    <message>
        <source>The test is paused</source>
        <translation>Le test est en pause</translation>
    </message>
    <message>
        <source>Your teacher has paused the test for a moment. The clock is stopped and your answers are kept. Wait: your question comes back when the test goes on.</source>
        <translation>Ton professeur a mis le test en pause un moment. Le chrono est arrêté et tes réponses sont gardées. Attends&#xa0;: ta question reviendra quand le test reprendra.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::ResultsPage</name>
    <message>
        <source>Sitting:</source>
        <translation>Session&#xa0;:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Classe&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>The selected pupil</source>
        <translation>L’élève choisi</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Save this pupil&apos;s report (PDF)…</source>
        <translation>Enregistrer le compte rendu de cet élève (PDF)…</translation>
    </message>
    <message>
        <source>Select a pupil in the table first.</source>
        <translation>Choisissez d’abord un élève dans le tableau.</translation>
    </message>
    <message>
        <source>Save the pupil&apos;s report</source>
        <translation>Enregistrer le compte rendu de l’élève</translation>
    </message>
    <message>
        <source>report-%1.pdf</source>
        <translation>compte-rendu-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The questions of this sitting:</source>
        <translation>Les questions de cette session&#xa0;:</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Posée</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Score moyen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No sitting yet: create one on the Sittings tab.</source>
        <translation>Pas encore de session&#xa0;: créez-en une dans l’onglet Sessions.</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no level (%1)</source>
        <translation>pas de niveau (%1)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <source>not enough answers</source>
        <translation>pas assez de réponses</translation>
    </message>
    <message>
        <source>to check: %1</source>
        <translation>à vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Absent (not started): %1.</source>
        <translation>Absents (pas commencé)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not finished yet: %1.</source>
        <translation>Pas encore terminé&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) with a result</source>
        <translation>
            <numerusform>%n élève avec un résultat</numerusform>
            <numerusform>%n élèves avec un résultat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n with a level)</source>
        <translation>
            <numerusform> (%n avec un niveau)</numerusform>
            <numerusform> (%n avec un niveau)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n absent</source>
        <translation>
            <numerusform>, %n absent</numerusform>
            <numerusform>, %n absents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not finished.</source>
        <translation>
            <numerusform>, %n pas terminé.</numerusform>
            <numerusform>, %n pas terminés.</numerusform>
        </translation>
    </message>
    <message>
        <source>no level</source>
        <translation>pas de niveau</translation>
    </message>
    <message>
        <source>Pupils by level</source>
        <translation>Élèves par niveau</translation>
    </message>
    <message>
        <source>[pilot] </source>
        <translation>[expérimentale] </translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>Select a pupil in the table to see each of their answers.</source>
        <translation>Choisissez un élève dans le tableau pour voir chacune de ses réponses.</translation>
    </message>
    <message>
        <source>pilot, not scored</source>
        <translation>expérimentale, non notée</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>partly right (%1/%2)</source>
        <translation>en partie juste (%1/%2)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: %2 of %3 scored questions right, %4 minutes of answering.</source>
        <translation>%1&#xa0;: %2 questions notées justes sur %3, %4 minutes de réponse.</translation>
    </message>
    <message>
        <source>Estimated ability after each question answered (band: margin of error)</source>
        <translation>Compétence estimée après chaque réponse (bande&#xa0;: marge d’erreur)</translation>
    </message>
    <message>
        <source>Report saved in %1</source>
        <translation>Compte rendu enregistré dans %1</translation>
    </message>
    <message>
        <source>Export this pupil&apos;s data (JSON)…</source>
        <translation>Exporter les données de cet élève (JSON)…</translation>
    </message>
    <message>
        <source>Erase this pupil&apos;s personal data…</source>
        <translation>Effacer les données personnelles de cet élève…</translation>
    </message>
    <message>
        <source>Export the pupil&apos;s data</source>
        <translation>Exporter les données de l’élève</translation>
    </message>
    <message>
        <source>pupil-%1.json</source>
        <translation>eleve-%1.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Issue the certificates and attestations…</source>
        <translation>Délivrer les certificats et attestations…</translation>
    </message>
    <message>
        <source>Where to put the documents</source>
        <translation>Où ranger les documents</translation>
    </message>
    <message>
        <source>Save the class report (PDF)…</source>
        <translation>Enregistrer le bilan de la classe (PDF)…</translation>
    </message>
    <message>
        <source>Save the class report</source>
        <translation>Enregistrer le bilan de la classe</translation>
    </message>
    <message>
        <source>class-report-%1.pdf</source>
        <translation>bilan-classe-%1.pdf</translation>
    </message>
    <message>
        <source>Export the results (CSV)…</source>
        <translation>Exporter les résultats (CSV)…</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>results-%1.csv</source>
        <translation>resultats-%1.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the results (JSON)…</source>
        <translation>Exporter les résultats (JSON)…</translation>
    </message>
    <message>
        <source>results-%1.json</source>
        <translation>resultats-%1.json</translation>
    </message>
    <message>
        <source>Only the teacher who created this sitting or an administrator issues its documents.</source>
        <translation>Seul l’enseignant qui a créé cette session ou un administrateur délivre ses documents.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificat</numerusform>
            <numerusform>%n certificats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n attestation(s) in %1</source>
        <translation>
            <numerusform> et %n attestation dans %1</numerusform>
            <numerusform> et %n attestations dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every page in one file, to print: %1</source>
        <translation>Toutes les pages dans un seul fichier, à imprimer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing for those who have not finished: %1.</source>
        <translation>Rien pour ceux qui n’ont pas terminé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose a sitting first.</source>
        <translation>Choisissez d’abord une session.</translation>
    </message>
    <message>
        <source>Class report saved in %1</source>
        <translation>Bilan de la classe enregistré dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) exported to %1</source>
        <translation>
            <numerusform>%n résultat exporté dans %1</numerusform>
            <numerusform>%n résultats exportés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the teacher who created this sitting or an administrator does this.</source>
        <translation>Seul l’enseignant qui a créé cette session ou un administrateur peut le faire.</translation>
    </message>
    <message>
        <source>Everything held about %1 exported to %2</source>
        <translation>Tout ce qui est conservé sur %1 exporté dans %2</translation>
    </message>
    <message>
        <source>Erase the pupil&apos;s personal data</source>
        <translation>Effacer les données personnelles de l’élève</translation>
    </message>
    <message>
        <source>Erase the name, class and code of %1 in this sitting? Their answers stay, without anything that says who gave them. This cannot be undone.</source>
        <translation>Effacer le nom, la classe et le code de %1 dans cette session&#xa0;? Ses réponses restent, sans rien qui dise qui les a données. C’est définitif.</translation>
    </message>
    <message numerus="yes">
        <source>%1 erased; %n test(s) kept without a name.</source>
        <translation>
            <numerusform>%1 effacé&#xa0;; %n test gardé sans nom.</numerusform>
            <numerusform>%1 effacé&#xa0;; %n tests gardés sans nom.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify a certificate (PDF)…</source>
        <translation>Vérifier un certificat (PDF)…</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Vérifier un certificat</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>NOT AUTHENTIC: %1</source>
        <translation>PAS AUTHENTIQUE&#xa0;: %1</translation>
    </message>
    <message>
        <source>Authentic certificate %1 for %2, %3: level %4, score %5.</source>
        <translation>Certificat authentique %1 pour %2, %3&#xa0;: niveau %4, score %5.</translation>
    </message>
    <message>
        <source>Authentic participation attestation %1 for %2, %3.</source>
        <translation>Attestation de participation authentique %1 pour %2, %3.</translation>
    </message>
    <message>
        <source>Check that the document shows exactly this.</source>
        <translation>Vérifiez que le document montre exactement cela.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::SittingsPage</name>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tests started / finished</source>
        <translation>Tests commencés / terminés</translation>
    </message>
    <message>
        <source>Close the selected sitting</source>
        <translation>Fermer la session sélectionnée</translation>
    </message>
    <message>
        <source>New sitting for your classes</source>
        <translation>Nouvelle session pour vos classes</translation>
    </message>
    <message>
        <source>e.g. 5B-DEC</source>
        <translation>par ex. 5B-DEC</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The question bank&apos;s folder</source>
        <translation>Le dossier de la banque de questions</translation>
    </message>
    <message>
        <source>the bank&apos;s</source>
        <translation>celui de la banque</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>the pupil chooses</source>
        <translation>l’élève choisit</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Show each pupil their result at the end</source>
        <translation>Montrer à chaque élève son résultat à la fin</translation>
    </message>
    <message>
        <source>Test code:</source>
        <translation>Code du test&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Banque&#xa0;:</translation>
    </message>
    <message>
        <source>Questions, at least:</source>
        <translation>Questions, au moins&#xa0;:</translation>
    </message>
    <message>
        <source>at most:</source>
        <translation>au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Temps limite&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Classes taking it:</source>
        <translation>Classes qui la passent&#xa0;:</translation>
    </message>
    <message>
        <source>Create the sitting</source>
        <translation>Créer la session</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pupil(s))</source>
        <translation>
            <numerusform>%1 (%n élève)</numerusform>
            <numerusform>%1 (%n élèves)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a sitting in the table first.</source>
        <translation>Sélectionnez d’abord une session dans le tableau.</translation>
    </message>
    <message>
        <source>Sitting %1 closed: no new test can start (those under way go on).</source>
        <translation>Session %1 fermée&#xa0;: aucun nouveau test ne peut commencer (ceux en cours continuent).</translation>
    </message>
    <message>
        <source>Follow it live</source>
        <translation>La suivre en direct</translation>
    </message>
    <message>
        <source>Extra time for pupils entitled to it:</source>
        <translation>Temps en plus pour les élèves qui y ont droit&#xa0;:</translation>
    </message>
    <message>
        <source>Pupils may start</source>
        <translation>Début possible</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu’au</translation>
    </message>
    <message>
        <source>Pupils may start:</source>
        <translation>Les élèves peuvent commencer&#xa0;:</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>à tout moment</translation>
    </message>
    <message>
        <source>Open it again</source>
        <translation>La rouvrir</translation>
    </message>
    <message>
        <source>Sitting %1 open again: pupils may start it.</source>
        <translation>Session %1 rouverte&#xa0;: les élèves peuvent la commencer.</translation>
    </message>
    <message>
        <source>When the bank&apos;s test includes pilot questions, each pupil answers them too (they do not count in the result). Untick to give only scored questions.</source>
        <translation>Quand le test de la banque comprend des questions pilotes, chaque élève y répond aussi (elles ne comptent pas dans le résultat). Décochez pour ne donner que des questions notées.</translation>
    </message>
    <message>
        <source>Exam mode</source>
        <translation>Mode examen</translation>
    </message>
    <message>
        <source>Pilot questions</source>
        <translation>Questions pilotes</translation>
    </message>
    <message>
        <source>The test fills the screen and leaving it is noted.</source>
        <translation>Le test occupe tout l’écran et le quitter est signalé.</translation>
    </message>
    <message>
        <source>A few new questions, not scored, that help calibrate the bank (when its test includes them).</source>
        <translation>Quelques nouvelles questions, non notées, qui aident à calibrer la banque (quand son test en comprend).</translation>
    </message>
</context>
<context>
    <name>aicet::gui::StaffSignInDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Créer l’administrateur</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Connexion du personnel</translation>
    </message>
    <message>
        <source>This database has no staff account yet. Create its administrator: the person who will add the teachers&apos; and trainers&apos; accounts. Choose a password of at least %1 characters and keep it safe.</source>
        <translation>Cette base n’a encore aucun compte du personnel. Créez son administrateur&#xa0;: la personne qui ajoutera les comptes des enseignants et des formateurs. Choisissez un mot de passe d’au moins %1 caractères et gardez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>For teachers, trainers and administrators. Pupils do not need this.</source>
        <translation>Pour les enseignants, les formateurs et les administrateurs. Les élèves n’en ont pas besoin.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The same password &amp;again:</source>
        <translation>Le même mot de passe à &amp;nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>This database already holds tests but has no staff account yet. For safety, its administrator is created at a terminal on the computer that holds it: aicet-cli staff init --name NAME.</source>
        <translation>Cette base contient déjà des tests mais aucun compte du personnel. Par sécurité, son administrateur se crée dans un terminal, sur l’ordinateur qui la contient&#xa0;: aicet-cli staff init --name NOM.</translation>
    </message>
    <message>
        <source>Certificates will be signed with the issuer&apos;s key already in %1.</source>
        <translation>Les certificats seront signés avec la clé de l’émetteur déjà présente dans %1.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key, which signs the certificates, was created in %1 (key %2). Keep a copy of it in a safe place: without it, no certificate can be signed; with it, anyone could sign one.</source>
        <translation>La clé de l’émetteur, qui signe les certificats, a été créée dans %1 (clé %2). Gardez-en une copie en lieu sûr&#xa0;: sans elle, aucun certificat ne peut être signé&#xa0;; avec elle, n’importe qui pourrait en signer un.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key could not be created (%1): certificates cannot be signed until it is (aicet-cli certificate create-key).</source>
        <translation>La clé de l’émetteur n’a pas pu être créée (%1)&#xa0;: les certificats ne pourront pas être signés tant qu’elle ne le sera pas (aicet-cli certificate create-key).</translation>
    </message>
</context>
<context>
    <name>aicet::gui::StaffWindow</name>
    <message>
        <source>teacher</source>
        <translation>enseignant</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>formateur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>AICET – staff: %1</source>
        <translation>AICET – personnel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Disable the selected account</source>
        <translation>Désactiver le compte sélectionné</translation>
    </message>
    <message>
        <source>Enable it again</source>
        <translation>Le réactiver</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Le même mot de passe à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <source>Password of the selected account (or yours)</source>
        <translation>Mot de passe du compte sélectionné (ou le vôtre)</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Your current password (when it is yours):</source>
        <translation>Votre mot de passe actuel (quand c’est le vôtre)&#xa0;:</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mot de passe actuel&#xa0;:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without activity. %2, type your password to go on.</source>
        <translation>Verrouillé après %1 minutes sans activité. %2, tapez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message numerus="yes">
        <source>waiting after %n wrong password(s)</source>
        <translation>
            <numerusform>en attente après %n mot de passe incorrect</numerusform>
            <numerusform>en attente après %n mots de passe incorrects</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Select an account in the table first.</source>
        <translation>Sélectionnez d’abord un compte dans le tableau.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Question banks</source>
        <translation>Banques de questions</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibrage</translation>
    </message>
</context>
<context>
    <name>aicet::gui::StartPage</name>
    <message>
        <source>AICET – AI competence test</source>
        <translation>AICET – test de compétences en IA</translation>
    </message>
    <message>
        <source>Welcome! This test shows what you know about artificial intelligence. Choose your language, then start.</source>
        <translation>Bienvenue&#xa0;! Ce test montre ce que tu sais sur l’intelligence artificielle. Choisis ta langue, puis commence.</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Take the practice test</source>
        <translation>Faire le test d’entraînement</translation>
    </message>
    <message>
        <source>A test to try AICET; your teacher does not need to give you a code.</source>
        <translation>Un test pour essayer AICET&#xa0;; ton professeur n’a pas besoin de te donner de code.</translation>
    </message>
    <message>
        <source>Your teacher gave you a code?</source>
        <translation>Ton professeur t’a donné un code&#xa0;?</translation>
    </message>
    <message>
        <source>Test &amp;code:</source>
        <translation>&amp;Code du test&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Your code:</source>
        <translation>&amp;Ton code&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;name (if asked):</source>
        <translation>Ton &amp;nom (si demandé)&#xa0;:</translation>
    </message>
    <message>
        <source>Test code</source>
        <translation>Code du test</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>Ton code</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ton nom</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Commencer le test</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Vérifier un certificat</translation>
    </message>
    <message>
        <source>Please type the test code your teacher gave you.</source>
        <translation>Tape le code du test que ton professeur t’a donné.</translation>
    </message>
    <message>
        <source>Please type your own code too.</source>
        <translation>Tape aussi ton code personnel.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>For teachers, trainers and administrators: sign in with a password.</source>
        <translation>Pour les enseignants, les formateurs et les administrateurs&#xa0;: connexion avec un mot de passe.</translation>
    </message>
</context>
<context>
    <name>aicet::gui::VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Vérifier un certificat</translation>
    </message>
    <message>
        <source>Certificate text</source>
        <translation>Texte du certificat</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not authentic.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Non authentique.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>participation attestation</source>
        <translation>Attestation de participation</translation>
    </message>
    <message>
        <source>Type or paste the text printed under the certificate&apos;s QR code, or scan the QR code with a scanner.</source>
        <translation>Tape ou colle le texte imprimé sous le code QR du certificat, ou lis le code QR avec un lecteur.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>type or paste the text printed under the QR code first</source>
        <translation>tape ou colle d’abord le texte imprimé sous le code QR</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authentic %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 authentique.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Numéro&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Level: %1 — score %2</source>
        <translation>Niveau&#xa0;: %1 — score %2</translation>
    </message>
    <message>
        <source>Bank: %1 (%2)</source>
        <translation>Banque&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Check that the document shows exactly this.</source>
        <translation>Vérifiez que le document montre exactement ceci.</translation>
    </message>
</context>
<context>
    <name>aicet::reports</name>
    <message>
        <source>Calibration report: %1</source>
        <translation>Rapport de calibrage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Responses: %1; %2 persons.</source>
        <translation>Réponses&#xa0;: %1&#xa0;; %2 personnes.</translation>
    </message>
    <message>
        <source>Items: %1 estimated, %2 anchors (kept their parameters); model: %3.</source>
        <translation>Items&#xa0;: %1 estimés, %2 ancres (paramètres conservés)&#xa0;; modèle&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Estimation converged after %1 EM cycles; log-likelihood %2.</source>
        <translation>L’estimation a convergé après %1 cycles EM&#xa0;; log-vraisemblance %2.</translation>
    </message>
    <message>
        <source>The estimation did NOT converge after %1 EM cycles: the parameters below are not to be used.</source>
        <translation>L’estimation n’a PAS convergé après %1 cycles EM&#xa0;: les paramètres ci-dessous ne doivent pas être utilisés.</translation>
    </message>
    <message>
        <source>Computed on %1.</source>
        <translation>Calculé le %1.</translation>
    </message>
    <message>
        <source>On the anchors&apos; scale, the pupils&apos; abilities have a mean of %1 and a standard deviation of %2 (the bank&apos;s reference population: 0 and 1).</source>
        <translation>Sur l’échelle des ancres, les compétences des élèves ont une moyenne de %1 et un écart type de %2 (population de référence de la banque&#xa0;: 0 et 1).</translation>
    </message>
    <message>
        <source>%1: its answers do not follow the model&apos;s curve (%2). Read the question again: it may be ambiguous, have two right answers or a wrong key.</source>
        <translation>%1&#xa0;: ses réponses ne suivent pas la courbe du modèle (%2). Relisez la question&#xa0;: elle est peut-être ambiguë, a deux bonnes réponses ou un corrigé erroné.</translation>
    </message>
    <message>
        <source>RMSD %1, S-X2 p = %2</source>
        <translation>RMSD %1, S-X2 p = %2</translation>
    </message>
    <message>
        <source>RMSD %1</source>
        <translation>RMSD %1</translation>
    </message>
    <message>
        <source>%1: estimated from %2 answers, fewer than its model needs (%3): its parameters are provisional.</source>
        <translation>%1&#xa0;: estimé à partir de %2 réponses, moins que son modèle n’en demande (%3)&#xa0;: ses paramètres sont provisoires.</translation>
    </message>
    <message>
        <source>%1: pupils with a higher ability do not succeed more often (correlation %2): check its key.</source>
        <translation>%1&#xa0;: les élèves plus compétents ne réussissent pas plus souvent (corrélation %2)&#xa0;: vérifiez son corrigé.</translation>
    </message>
    <message>
        <source>%1: works differently for &quot;%2&quot; than for &quot;%3&quot; at equal ability (%4 %5, class %6): it is %7 for &quot;%2&quot;. Check the translation, the words and the context it assumes.</source>
        <translation>%1&#xa0;: fonctionne différemment pour «&#xa0;%2&#xa0;» et pour «&#xa0;%3&#xa0;» à compétence égale (%4 %5, classe %6)&#xa0;: il est %7 pour «&#xa0;%2&#xa0;». Vérifiez la traduction, les mots et le contexte qu’il suppose.</translation>
    </message>
    <message>
        <source>ETS delta</source>
        <translation>delta ETS</translation>
    </message>
    <message>
        <source>SMD/SD</source>
        <translation>SMD/SD</translation>
    </message>
    <message>
        <source>harder</source>
        <translation>plus difficile</translation>
    </message>
    <message>
        <source>easier</source>
        <translation>plus facile</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: their answers go together beyond ability (Q3 %3, average %4, %5 pupils): one may give the other away, or they share a scenario. Do not give them in the same test, or merge them.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; et &lt;b&gt;%2&lt;/b&gt;&#xa0;: leurs réponses vont ensemble au-delà de la compétence (Q3 %3, moyenne %4, %5 élèves)&#xa0;: l’un peut trahir la réponse de l’autre, ou ils partagent un scénario. Ne les posez pas dans le même test, ou fusionnez-les.</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Points d’attention</translation>
    </message>
    <message>
        <source>Nothing: every item fits, none works differently between the groups compared, no pair depends on another.</source>
        <translation>Rien&#xa0;: chaque item est bien ajusté, aucun ne fonctionne différemment entre les groupes comparés, aucune paire n’est dépendante.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Standard errors</source>
        <translation>Erreurs types</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Score moyen</translation>
    </message>
    <message>
        <source>Correlation with ability</source>
        <translation>Corrélation avec la compétence</translation>
    </message>
    <message>
        <source>RMSD</source>
        <translation>RMSD</translation>
    </message>
    <message>
        <source>S-X2 (df, p)</source>
        <translation>S-X2 (ddl, p)</translation>
    </message>
    <message>
        <source>DIF</source>
        <translation>DIF</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>nobody answered it</source>
        <translation>personne n’y a répondu</translation>
    </message>
    <message>
        <source> (anchor)</source>
        <translation> (ancre)</translation>
    </message>
    <message>
        <source>Differential item functioning by %1</source>
        <translation>Fonctionnement différentiel d’item (DIF) par %1</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Difficulty shift (SE)</source>
        <translation>Écart de difficulté (ET)</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>%1 comparison(s) judged; %2 shown above (class B or C), the others are A (negligible).</source>
        <translation>%1 comparaison(s) évaluée(s)&#xa0;; %2 affichée(s) ci-dessus (classe B ou C), les autres sont en A (négligeable).</translation>
    </message>
    <message>
        <source>One ability or several?</source>
        <translation>Une seule compétence ou plusieurs&#xa0;?</translation>
    </message>
    <message>
        <source>reliability %1</source>
        <translation>fidélité %1</translation>
    </message>
    <message>
        <source>Too few pupils answered items of two areas to compare them.</source>
        <translation>Trop peu d’élèves ont répondu à des items de deux domaines pour pouvoir les comparer.</translation>
    </message>
    <message>
        <source>One ability explains the answers: the areas&apos; abilities correlate %1 on average (at least %2 between any two, once measurement error is taken out). Scores by area would add nothing to the overall score.</source>
        <translation>Une seule compétence explique les réponses&#xa0;: les compétences des domaines sont corrélées à %1 en moyenne (au moins %2 entre deux domaines quelconques, une fois l’erreur de mesure retirée). Des scores par domaine n’apporteraient rien de plus que le score global.</translation>
    </message>
    <message>
        <source>The areas measure abilities that differ: their correlation falls to %1 (average %2) once measurement error is taken out. A profile by area can say more than the overall score.</source>
        <translation>Les domaines mesurent des compétences différentes&#xa0;: leur corrélation descend jusqu’à %1 (moyenne %2) une fois l’erreur de mesure retirée. Un profil par domaine peut en dire plus que le score global.</translation>
    </message>
    <message>
        <source>The bank states a correlation of %1 between areas (scale.dimension_correlation); the answers suggest %2.</source>
        <translation>La banque indique une corrélation de %1 entre domaines (scale.dimension_correlation)&#xa0;; les réponses suggèrent %2.</translation>
    </message>
    <message>
        <source>Residual correlation (Q3) between items of one area: %1; of different areas: %2. Items of one area whose residuals go together more than others&apos; betray an ability of their own.</source>
        <translation>Corrélation des résidus (Q3) entre items d’un même domaine&#xa0;: %1&#xa0;; de domaines différents&#xa0;: %2. Des items d’un même domaine dont les résidus vont ensemble plus que ceux des autres révèlent une compétence propre.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>Marginal maximum likelihood by EM (Bock and Aitkin), %1 quadrature points on [%2, %3], accelerated by SQUAREM; the lower asymptote of 3PL items has a Beta(%4, %5) prior unless fixed.</source>
        <translation>Maximum de vraisemblance marginale par EM (Bock et Aitkin), %1 points de quadrature sur [%2, %3], accéléré par SQUAREM&#xa0;; l’asymptote basse des items 3PL a une loi a priori Beta(%4, %5), sauf si elle est fixée.</translation>
    </message>
    <message>
        <source>RMSD: the gap between the observed and the expected score along the ability scale (the item fit of PISA and PIAAC, made for adaptive tests where each pupil answers few items); flagged above %1.</source>
        <translation>RMSD&#xa0;: l’écart entre le score observé et le score attendu le long de l’échelle de compétence (l’ajustement des items de PISA et du PIAAC, fait pour les tests adaptatifs où chaque élève répond à peu d’items)&#xa0;; signalé au-dessus de %1.</translation>
    </message>
    <message>
        <source>S-X2 (Orlando and Thissen 2000): on complete data only, pupils grouped by summed score; flagged below p = %1.</source>
        <translation>S-X2 (Orlando et Thissen 2000)&#xa0;: sur données complètes seulement, élèves regroupés par score total&#xa0;; signalé en dessous de p = %1.</translation>
    </message>
    <message>
        <source>Answers needed (De Ayala 2009): 200 for 1PL, 500 for 2PL and partial credit, 1000 for 3PL.</source>
        <translation>Réponses nécessaires (De Ayala 2009)&#xa0;: 200 pour 1PL, 500 pour 2PL et le crédit partiel, 1000 pour 3PL.</translation>
    </message>
    <message>
        <source>Local dependence: Yen&apos;s Q3, flagged %1 above the average of all pairs (Christensen, Makransky and Horton 2017).</source>
        <translation>Dépendance locale&#xa0;: Q3 de Yen, signalé à %1 au-dessus de la moyenne de toutes les paires (Christensen, Makransky et Horton 2017).</translation>
    </message>
    <message>
        <source>Dimensionality: each area&apos;s ability estimated from its items alone, correlations corrected for measurement error; areas correlated at least %1 measure one ability (Sinharay, Puhan and Haberman 2011).</source>
        <translation>Dimensionnalité&#xa0;: la compétence de chaque domaine est estimée à partir de ses seuls items, les corrélations sont corrigées de l’erreur de mesure&#xa0;; des domaines corrélés à au moins %1 mesurent une seule compétence (Sinharay, Puhan et Haberman 2011).</translation>
    </message>
    <message>
        <source>DIF: each group&apos;s difficulty shift for the item, with the pupils&apos; abilities from their other answers and each group&apos;s own ability distribution (so that a group&apos;s lower ability is not taken for DIF), the items found with DIF left out once (purification); likelihood ratio test. Right/wrong items: ETS classes from the delta (−2.35 × log odds ratio): A when |delta| is below 1 or not significant, C when it is at least 1.5 and significantly above 1, B between. Partial credit: SMD/SD, AA up to 0.17 or not significant, CC above 0.25, BB between (Zwick, Thayer and Mazzeo 1997). At least %1 answers per group.</source>
        <translation>DIF&#xa0;: l’écart de difficulté de l’item pour chaque groupe, avec les compétences des élèves tirées de leurs autres réponses et la distribution des compétences propre à chaque groupe (pour qu’une compétence plus faible d’un groupe ne soit pas prise pour du DIF), les items où du DIF est trouvé étant écartés une fois (purification)&#xa0;; test du rapport de vraisemblance. Items juste/faux&#xa0;: classes ETS d’après le delta (−2,35 × log du rapport de cotes)&#xa0;: A quand |delta| est en dessous de 1 ou non significatif, C quand il vaut au moins 1,5 et dépasse 1 significativement, B entre les deux. Crédit partiel&#xa0;: SMD/SD, AA jusqu’à 0,17 ou non significatif, CC au-dessus de 0,25, BB entre les deux (Zwick, Thayer et Mazzeo 1997). Au moins %1 réponses par groupe.</translation>
    </message>
    <message>
        <source>misfit (RMSD)</source>
        <translation>mauvais ajustement (RMSD)</translation>
    </message>
    <message>
        <source>misfit (S-X2)</source>
        <translation>mauvais ajustement (S-X2)</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>trop peu de réponses</translation>
    </message>
    <message>
        <source>%1: its right option %2 is chosen by fewer of the strongest pupils (%3) than of the weakest (%4): check the key.</source>
        <translation>%1&#xa0;: sa bonne option %2 est choisie par moins d’élèves parmi les plus forts (%3) que parmi les plus faibles (%4)&#xa0;: vérifiez le corrigé.</translation>
    </message>
    <message>
        <source>%1: the wrong option %2 draws the strongest pupils (%3 of the strongest third, %4 of the weakest): it may be right too, or the question ambiguous.</source>
        <translation>%1&#xa0;: l’option fausse %2 attire les élèves les plus forts (%3 du tiers le plus fort, %4 du plus faible)&#xa0;: elle est peut-être juste aussi, ou la question ambiguë.</translation>
    </message>
    <message>
        <source>Options chosen by ability</source>
        <translation>Options choisies selon la compétence</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>Weakest third</source>
        <translation>Tiers le plus faible</translation>
    </message>
    <message>
        <source>Middle third</source>
        <translation>Tiers du milieu</translation>
    </message>
    <message>
        <source>Strongest third</source>
        <translation>Tiers le plus fort</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>%1 choice item(s) analysed (at least %2 answers each); %3 shown above, where the right option does not rise with ability or a wrong one draws the strongest pupils. Every item&apos;s shares are in options.csv.</source>
        <translation>%1 item(s) à choix analysé(s) (au moins %2 réponses chacun)&#xa0;; %3 montré(s) ci-dessus, où la bonne option ne monte pas avec la compétence ou une option fausse attire les élèves les plus forts. Les parts de chaque item sont dans options.csv.</translation>
    </message>
    <message>
        <source>Not judged: %1.</source>
        <translation>Non évalué&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>aicet::reports::Document</name>
    <message>
        <source>Certificate of competence in artificial intelligence</source>
        <translation>Certificat de compétences en intelligence artificielle</translation>
    </message>
    <message>
        <source>Attestation of participation</source>
        <translation>Attestation de participation</translation>
    </message>
    <message>
        <source>This attestation confirms taking part in the test. It certifies no level: the test did not gather enough evidence for that.</source>
        <translation>Cette attestation confirme la participation au test. Elle ne certifie aucun niveau&#xa0;: le test n’a pas réuni assez d’informations pour cela.</translation>
    </message>
    <message>
        <source>is awarded to</source>
        <translation>est décerné à</translation>
    </message>
    <message>
        <source>is given to</source>
        <translation>est délivrée à</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Niveau atteint</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>confidence interval</source>
        <translation>intervalle de confiance</translation>
    </message>
    <message>
        <source>Profile by area</source>
        <translation>Profil par domaine</translation>
    </message>
    <message>
        <source>not enough evidence</source>
        <translation>pas assez d’éléments</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Numéro du certificat</translation>
    </message>
    <message>
        <source>Attestation number</source>
        <translation>Numéro de l’attestation</translation>
    </message>
    <message>
        <source>Verify: scan the QR code, or type the text below into the AICET verification tool.</source>
        <translation>Vérifier&#xa0;: scanner le code QR, ou saisir le texte ci-dessous dans l’outil de vérification AICET.</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banque de questions</translation>
    </message>
    <message>
        <source>Test version</source>
        <translation>Version du test</translation>
    </message>
    <message>
        <source>issuer&apos;s key</source>
        <translation>clé de l’émetteur</translation>
    </message>
    <message>
        <source>Estimated ability after each question answered (band: margin of error; 0 = average of pupils)</source>
        <translation>Compétence estimée après chaque réponse (bande&#xa0;: marge d’erreur&#xa0;; 0 = moyenne des élèves)</translation>
    </message>
    <message>
        <source>pilot question, not scored</source>
        <translation>question pilote, non notée</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>partly right (%1/%2)</source>
        <translation>en partie juste (%1/%2)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>time:</source>
        <translation>temps&#xa0;:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Pupil’s answer</source>
        <translation>Réponse de l’élève</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>AICET result report</source>
        <translation>Rapport de résultats AICET</translation>
    </message>
    <message>
        <source>none (incomplete: time up)</source>
        <translation>aucun (incomplet&#xa0;: temps écoulé)</translation>
    </message>
    <message>
        <source>none (incomplete: test stopped)</source>
        <translation>aucun (incomplet&#xa0;: test arrêté)</translation>
    </message>
    <message>
        <source>none (not enough evidence)</source>
        <translation>aucun (pas assez d’éléments)</translation>
    </message>
    <message>
        <source>Result report</source>
        <translation>Rapport de résultats</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Candidat&#xa0;:</translation>
    </message>
    <message>
        <source>Sitting:</source>
        <translation>Session&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Date of the test:</source>
        <translation>Date du test&#xa0;:</translation>
    </message>
    <message>
        <source>Level reached:</source>
        <translation>Niveau atteint&#xa0;:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score&#xa0;:</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>estimated ability:</source>
        <translation>compétence estimée&#xa0;:</translation>
    </message>
    <message>
        <source>margin of error</source>
        <translation>marge d’erreur</translation>
    </message>
    <message>
        <source>scored questions</source>
        <translation>questions notées</translation>
    </message>
    <message>
        <source>Level in each area</source>
        <translation>Niveau dans chaque domaine</translation>
    </message>
    <message>
        <source>not enough questions in this area</source>
        <translation>pas assez de questions dans ce domaine</translation>
    </message>
    <message>
        <source>Times the test window was left:</source>
        <translation>Sorties de la fenêtre du test&#xa0;:</translation>
    </message>
    <message>
        <source>Resumed after the computer stopped:</source>
        <translation>Reprises après un arrêt de l’ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Paused by the teacher:</source>
        <translation>Pauses par l’enseignant&#xa0;:</translation>
    </message>
    <message>
        <source>How to read this report: ability is estimated on a scale where 0 is the average of pupils (the score is the same measure on a scale where the average is %1). The margin of error tells how precise this estimate is; on the chart, the band shows it after each answer.</source>
        <translation>Comment lire ce rapport&#xa0;: la compétence est estimée sur une échelle où 0 correspond à la moyenne des élèves (le score est la même mesure sur une échelle où la moyenne vaut %1). La marge d’erreur dit la précision de cette estimation&#xa0;; sur le graphique, la bande la montre après chaque réponse.</translation>
    </message>
    <message>
        <source>The questions</source>
        <translation>Les questions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>For %1: %2</source>
        <translation>Pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Probability that this level is right: %1%.</source>
        <translation>Probabilité que ce niveau soit le bon&#xa0;: %1&#xa0;%.</translation>
    </message>
    <message>
        <source>The answers do not tell these two levels apart; probability that the level is one of them: %1%.</source>
        <translation>Les réponses ne départagent pas ces deux niveaux&#xa0;; probabilité que le niveau soit l’un des deux&#xa0;: %1&#xa0;%.</translation>
    </message>
    <message>
        <source>the answers look like answers given at random</source>
        <translation>les réponses ressemblent à des réponses données au hasard</translation>
    </message>
    <message>
        <source>%1 of %2 answers came faster than the question can be read</source>
        <translation>%1 réponses sur %2 ont été données plus vite qu’on ne peut lire la question</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>À vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>This result may not show what the pupil knows, and earns no certificate.</source>
        <translation>Ce résultat ne montre peut-être pas ce que l’élève sait, et ne donne pas droit à un certificat.</translation>
    </message>
    <message>
        <source>Areas covered by the test</source>
        <translation>Domaines couverts par le test</translation>
    </message>
    <message>
        <source>The level is for all these areas together: with a few questions each, a level per area would say nothing more than the overall one.</source>
        <translation>Le niveau vaut pour tous ces domaines ensemble&#xa0;: avec peu de questions chacun, un niveau par domaine ne dirait rien de plus que le niveau global.</translation>
    </message>
    <message>
        <source>very likely at least %1</source>
        <translation>très probablement au moins %1</translation>
    </message>
    <message>
        <source>very likely at most %1</source>
        <translation>très probablement au plus %1</translation>
    </message>
    <message>
        <source>no pupil: no slip to print</source>
        <translation>aucun élève&#xa0;: aucune fiche à imprimer</translation>
    </message>
    <message>
        <source>AICET code slips</source>
        <translation>Fiches de codes AICET</translation>
    </message>
    <message>
        <source>cannot draw the PDF</source>
        <translation>impossible de dessiner le PDF</translation>
    </message>
    <message>
        <source>Test code:</source>
        <translation>Code du test&#xa0;:</translation>
    </message>
    <message>
        <source>Your personal code:</source>
        <translation>Ton code personnel&#xa0;:</translation>
    </message>
    <message>
        <source>Keep this slip: you need the code to start the test. Do not show it to anyone.</source>
        <translation>Garde ce papier&#xa0;: il te faut ce code pour commencer le test. Ne le montre à personne.</translation>
    </message>
    <message>
        <source>Staff actions and incidents:</source>
        <translation>Actions de l’équipe et incidents&#xa0;:</translation>
    </message>
    <message>
        <source>resumed after a pause</source>
        <translation>reprise après une pause</translation>
    </message>
    <message>
        <source>extra time set to %1 min</source>
        <translation>temps supplémentaire fixé à %1 min</translation>
    </message>
    <message>
        <source>%1 more minutes</source>
        <translation>%1 minutes de plus</translation>
    </message>
    <message>
        <source>reopened with %1 more minutes</source>
        <translation>rouverte avec %1 minutes de plus</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>rouverte</translation>
    </message>
    <message>
        <source>technical problem</source>
        <translation>problème technique</translation>
    </message>
    <message>
        <source>fraud suspected</source>
        <translation>fraude soupçonnée</translation>
    </message>
    <message>
        <source>pupil unwell</source>
        <translation>élève malade</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>incident: %1</source>
        <translation>incident&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pupils by level</source>
        <translation>Élèves par niveau</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Bilan de la classe</translation>
    </message>
    <message>
        <source>%1 pupils with a result, %2 absent, %3 not finished.</source>
        <translation>Élèves avec un résultat&#xa0;: %1&#xa0;; absents&#xa0;: %2&#xa0;; pas terminé&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Absent (not started):</source>
        <translation>Absents (pas commencé)&#xa0;:</translation>
    </message>
    <message>
        <source>Not finished:</source>
        <translation>Pas terminé&#xa0;:</translation>
    </message>
    <message>
        <source>An area shows a level only when the pupil answered enough questions in it to say more than the overall level; &quot;not enough answers&quot; is not a low level. Answers to check: they look random or came faster than the questions can be read; such a result earns no certificate.</source>
        <translation>Un domaine n’a de niveau que si l’élève y a répondu à assez de questions pour en dire plus que le niveau global&#xa0;; «&#xa0;pas assez de réponses&#xa0;» n’est pas un niveau faible. Réponses à vérifier&#xa0;: elles semblent données au hasard ou sont venues plus vite qu’on ne peut lire les questions&#xa0;; un tel résultat ne donne pas de certificat.</translation>
    </message>
</context>
<context>
    <name>aicet::reports::ReportsText</name>
    <message>
        <source>cannot draw the PDF</source>
        <translation>impossible de dessiner le PDF</translation>
    </message>
</context>
<context>
    <name>services::Credentials</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>cannot create a folder in %1</source>
        <translation>impossible de créer un dossier dans %1</translation>
    </message>
    <message>
        <source>the file with every page could not be written: %1</source>
        <translation>le fichier avec toutes les pages n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>only the teacher who created the sitting %1 or an administrator issues its documents</source>
        <translation>seul l’enseignant qui a créé la session %1 ou un administrateur délivre ses documents</translation>
    </message>
</context>
</TS>
