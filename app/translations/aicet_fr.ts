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
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>sitting setting %1 must be a number</source>
        <translation>le paramètre %1 du test doit être un nombre</translation>
    </message>
    <message>
        <source>unknown selection rule &quot;%1&quot;</source>
        <translation>règle de sélection «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>the bundled bank %1 cannot be read</source>
        <translation>impossible de lire la banque de questions fournie %1</translation>
    </message>
    <message>
        <source>Practice test</source>
        <translation>Test d’entraînement</translation>
    </message>
    <message>
        <source>practice sitting on the bundled bank %1</source>
        <translation>test d’entraînement sur la banque de questions fournie %1</translation>
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
        <source>The question bank of this test cannot be read (%1). Tell your teacher.</source>
        <translation>La banque de questions de ce test ne peut pas être lue (%1). Préviens ton professeur.</translation>
    </message>
    <message>
        <source>The question bank of this test has changed since the test was created (bank %1: content hash %2, expected %3). Tell your teacher: the test must be created again.</source>
        <translation>La banque de questions de ce test a changé depuis la création du test (banque %1&#xa0;: empreinte du contenu %2, attendue %3). Préviens ton professeur&#xa0;: le test doit être créé à nouveau.</translation>
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
        <source>The stored answers of this session do not fit its question bank (answer %1, item &quot;%2&quot;).</source>
        <translation>Les réponses enregistrées pour cette session ne correspondent pas à sa banque de questions (réponse %1, question «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>événement «&#xa0;%1&#xa0;» inconnu</translation>
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
        <source>this is not the current question (question %1 is &quot;%2&quot;)</source>
        <translation>ce n’est pas la question en cours (la question %1 est «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Your answer could not be saved (%1). It was not recorded: try again, or call your teacher.</source>
        <translation>Ta réponse n’a pas pu être enregistrée (%1). Elle n’a pas été prise en compte&#xa0;: réessaie ou appelle ton professeur.</translation>
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
        <source>There are %1 questions.</source>
        <translation>Il y a %1 questions.</translation>
    </message>
    <message>
        <source>There are about %1 to %2 questions: the test adapts to your answers, so it may stop earlier.</source>
        <translation>Il y a environ %1 à %2 questions&#xa0;: le test s’adapte à tes réponses, il peut donc s’arrêter plus tôt.</translation>
    </message>
    <message>
        <source>You have %1 minutes. The time left is shown at the top; you are warned 5 minutes before the end.</source>
        <translation>Tu as %1 minutes. Le temps restant est affiché en haut&#xa0;; un message te prévient 5 minutes avant la fin.</translation>
    </message>
    <message>
        <source>Answer each question, then press &lt;b&gt;Confirm&lt;/b&gt; and &lt;b&gt;Yes, confirm&lt;/b&gt;. Once confirmed, an answer cannot be changed.</source>
        <translation>Réponds à chaque question, puis appuie sur &lt;b&gt;Confirmer&lt;/b&gt; et sur &lt;b&gt;Oui, confirmer&lt;/b&gt;. Une fois confirmée, une réponse ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>To answer with the keyboard: letters or numbers choose an option, Tab moves, the arrows and &lt;b&gt;Move up&lt;/b&gt; / &lt;b&gt;Move down&lt;/b&gt; (Alt+arrows) put elements in order, Enter confirms.</source>
        <translation>Pour répondre au clavier&#xa0;: une lettre ou un chiffre choisit une option, Tab passe d’un élément à l’autre, les flèches et &lt;b&gt;Monter&lt;/b&gt; / &lt;b&gt;Descendre&lt;/b&gt; (Alt+flèches) mettent les éléments dans l’ordre, Entrée confirme.</translation>
    </message>
    <message>
        <source>Ctrl + and Ctrl − change the text size. The buttons at the top give high contrast, an easier-to-read font and reading aloud.</source>
        <translation>Ctrl + et Ctrl − changent la taille du texte. Les boutons en haut proposent un contraste élevé, une police plus facile à lire et la lecture à voix haute.</translation>
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
        <source>This test is already open in another AICET window on this computer.</source>
        <translation>Ce test est déjà ouvert dans une autre fenêtre AICET sur cet ordinateur.</translation>
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
        <source>&lt;p&gt;Your answers have been saved. Your teacher will share your results with you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tes réponses ont été enregistrées. Ton professeur te communiquera tes résultats.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Thank you, the test is over!</source>
        <translation>Merci, le test est terminé&#xa0;!</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your level: %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ton niveau&#xa0;: %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Score %1 (between %2 and %3), from %4 questions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Score&#xa0;: %1 (entre %2 et %3), calculé sur %4 questions.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;By area&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Par domaine&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>not enough questions yet to say</source>
        <translation>pas encore assez de questions pour le dire</translation>
    </message>
    <message>
        <source>&lt;h3&gt;To learn more: the questions you missed&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Pour en apprendre plus&#xa0;: les questions que tu as manquées&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Well done, the test is over!</source>
        <translation>Bravo, le test est terminé&#xa0;!</translation>
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
        <source>Please type the test code and your code.</source>
        <translation>Tape le code du test et ton code, s’il te plaît.</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Vérifier un certificat</translation>
    </message>
</context>
<context>
    <name>aicet::gui::VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Vérifier un certificat</translation>
    </message>
    <message>
        <source>Paste the text printed under the certificate&apos;s QR code, or open the certificate PDF.</source>
        <translation>Colle le texte imprimé sous le code QR du certificat, ou ouvre le PDF du certificat.</translation>
    </message>
    <message>
        <source>Certificate text</source>
        <translation>Texte du certificat</translation>
    </message>
    <message>
        <source>this computer&apos;s issuer key</source>
        <translation>la clé d’émetteur de cet ordinateur</translation>
    </message>
    <message>
        <source>Public key of the issuer</source>
        <translation>Clé publique de l’émetteur</translation>
    </message>
    <message>
        <source>Issuer&apos;s public key (PEM):</source>
        <translation>Clé publique de l’émetteur (PEM)&#xa0;:</translation>
    </message>
    <message>
        <source>Open a PDF…</source>
        <translation>Ouvrir un PDF…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not authentic.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Non authentique.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>cannot read the public key %1</source>
        <translation>impossible de lire la clé publique %1</translation>
    </message>
    <message>
        <source>this computer has no issuer key: give the issuer&apos;s public key file</source>
        <translation>cet ordinateur n’a pas de clé d’émetteur&#xa0;: indique le fichier de la clé publique de l’émetteur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authentic %1.&lt;/b&gt;&lt;br&gt;Name: %2&lt;br&gt;Level: %3 — score %4&lt;br&gt;Date: %5&lt;br&gt;Number: %6&lt;br&gt;Bank: %7 (%8)</source>
        <translation>&lt;b&gt;%1 authentique.&lt;/b&gt;&lt;br&gt;Nom&#xa0;: %2&lt;br&gt;Niveau&#xa0;: %3 — score %4&lt;br&gt;Date&#xa0;: %5&lt;br&gt;Numéro&#xa0;: %6&lt;br&gt;Banque&#xa0;: %7 (%8)</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>participation attestation</source>
        <translation>Attestation de participation</translation>
    </message>
</context>
</TS>
