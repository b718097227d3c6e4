// The command line's words in French.
import { PROBLEM_MESSAGES_FR } from '../shared/scenario/problem-messages.fr';
import type { CliMessageKey } from './messages.en';

export const CLI_MESSAGES_FR = {
  ...PROBLEM_MESSAGES_FR,

  'cli.usage': `Utilisation :
  npm run -s cli -- baseline [--format json|csv] [--out FICHIER] [--lang es|pt|fr|en]
  npm run -s cli -- project FICHIER [--format json|csv|xlsx] [--country ISO3] [--out FICHIER] [--lang es|pt|fr|en]
  npm run -s cli -- report FICHIER [FICHIER…] --out SORTIE.pdf [--country ISO3] [--paper a4|letter] [--landscape] [--lang es|pt|fr|en]
  npm run -s cli -- help [--lang es|pt|fr|en]

  baseline     affiche les données de référence avec la source, l’édition et le degré de confiance de chaque
               chiffre, et les valeurs observées après le document (2019–2025)
  project      projette le scénario de FICHIER (un scénario .puente.json) sur {first}–{last} : le scénario de
               référence, le scénario et les variantes basse et haute de chaque résultat, pour chaque pays
               (ISO3) et l’agrégat Amérique latine et Caraïbes (LAC), et (json) les valeurs observées, avec
               leurs enregistrements, que reproduisent les années historiques
  report       écrit le rapport PDF d’un scénario, ou le rapport comparatif de 2 à {max} scénarios, produit
               dans un navigateur sans interface (PUENTE_CHROMIUM, sinon Electron, Chromium, Chrome ou Edge)
  --format     json (par défaut), csv ou xlsx (project seulement : un classeur Excel avec la projection, les
               hypothèses, les sources et la provenance des chiffres ; demande --out)
  --country    seulement ce pays (code ISO3, par exemple COL) ou cette région (LAC, CAR, CAM, SAM) ; pour
               report, le territoire du rapport (par défaut : celui qu’affichait le premier scénario à son
               enregistrement)
  --out        écrit dans FICHIER au lieu de la sortie standard (FICHIER n’est remplacé que si tout a réussi) ;
               obligatoire pour xlsx et pour report
  --paper      report seulement : a4 (par défaut) ou letter (format lettre)
  --landscape  report seulement : pages à l’italienne (par défaut : à la française)
  --lang       la langue de ces messages, du rapport, du classeur (xlsx) et des noms de lieux et des sources
               du CSV : es, pt, fr ou en (par défaut : en). Les nombres s’écrivent comme dans la région
               principale de la langue (es : Amérique latine, pt : Brésil, fr : France) ou comme dans la région
               indiquée : --lang fr-CA écrit “1 234,5” ; --lang es-MX, “1,234.5”`,

  'cli.args.unknownCommand': 'Commande inconnue : {command}. Utilisez "baseline", "project" ou "report".',
  'cli.args.unknownOption': 'Option inconnue : {option}.',
  'cli.args.lang': '--lang doit valoir "es" (Español), "pt" (Português), "fr" (Français) ou "en" (English), seul ou avec une région (es-CO) ; reçu : {value}.',
  'cli.args.format': '--format doit valoir "json", "csv" ou "xlsx" ; reçu : {value}.',
  'cli.args.paper': '--paper doit valoir "a4" ou "letter" ; reçu : {value}.',
  'cli.args.countryMissing': '--country demande un code ISO3, par exemple --country COL.',
  'cli.args.outMissing': '--out demande un nom de fichier, par exemple --out colombia.xlsx.',
  'cli.args.reportOnly': '--paper et --landscape ne s’appliquent qu’à "report".',
  'cli.args.baselineNoFile': '"baseline" ne prend pas de fichier ; reçu : {file}.',
  'cli.args.countryNotBaseline': '--country ne s’applique qu’à "project" et "report".',
  'cli.args.xlsxProjectOnly': '--format xlsx ne s’applique qu’à "project" ; les données de référence sortent en json ou csv.',
  'cli.args.reportFormat': '--format s’applique à "baseline" et "project" ; un rapport est toujours un PDF.',
  'cli.args.reportFiles': '"report" demande un fichier de scénario (un rapport de scénario) ou de 2 à {max} (un rapport comparatif) ; nombre de fichiers reçus : {count}.',
  'cli.args.reportOut': '"report" demande --out, le fichier PDF à écrire, par exemple --out colombia.pdf.',
  'cli.args.projectFile': '"project" demande exactement un fichier de scénario, par exemple project mon-scenario.puente.json.',
  'cli.args.xlsxNeedsOut': '--format xlsx écrit un classeur Excel : ajoutez --out FICHIER.xlsx.',
  'cli.args.xlsxExtension': '--out doit se terminer par .xlsx avec --format xlsx ; reçu : {out}.',
  'cli.badCountry': '--country {country} n’est pas un code de pays ni de région ; utilisez un code ISO3 comme COL, ou LAC, CAR, CAM, SAM.',

  'cli.fileProblem': '{file} : {problem}',
  'cli.read.missing': 'Ce fichier n’existe pas.',
  'cli.read.denied': 'Puente n’a pas le droit de lire ce fichier (permission refusée).',
  'cli.read.failed': 'Le fichier ne peut pas être lu ({code}).',

  'cli.out.folder': '--out {out} est un dossier ; indiquez un nom de fichier, par exemple {example}.',
  'cli.out.noFolder': '--out {out} : le dossier {folder} n’existe pas.',

  'cli.write.noFolder': '{file} : écriture impossible (le dossier n’existe pas) ; rien n’a été écrit.',
  'cli.write.denied': '{file} : écriture impossible (permission refusée) ; rien n’a été écrit.',
  'cli.write.isFolder': '{file} : écriture impossible (c’est un dossier) ; rien n’a été écrit.',
  'cli.write.failed': '{file} : écriture impossible ({code}) ; rien n’a été écrit.',
  'cli.wrote': '{file} écrit',

  'cli.browser.none': 'Aucun navigateur pour imprimer le rapport : installez Chromium, Chrome ou Edge, ou indiquez son programme dans PUENTE_CHROMIUM.',
  'cli.browser.notAProgram': 'PUENTE_CHROMIUM vaut {path}, qui n’est pas un programme de navigateur exécutable.',
  'cli.browser.cannotStart': 'Le navigateur {path} n’a pas pu démarrer ({reason}).',
  'cli.view.building': 'construction de la vue du rapport (première exécution)…',
  'cli.view.rebuilding': 'le modèle, les données ou l’application ont changé depuis la construction de la vue du rapport ; reconstruction…',
  'cli.view.outOfDate': 'La vue du rapport n’est pas à jour et n’a pas pu être reconstruite : aucun rapport n’a été imprimé. Lancez "npm run build" et réessayez.',
  'cli.print.invalidJob': 'Le rapport n’a pas pu être préparé ({reason}).',
  'cli.print.notLaidOut': 'La mise en page du rapport a échoué ({reason}).',
  'cli.print.browserFailed': 'Le navigateur n’a pas pu imprimer le rapport ({reason}).',
  'cli.print.desktopFailed': 'L’application de bureau n’a pas imprimé le rapport ({reason}) ; lancez "npm run build:electron" ou indiquez un navigateur dans PUENTE_CHROMIUM pour imprimer avec Chromium.',
  'cli.print.exitCode': 'code de sortie {code}',

  'cli.internalError': 'erreur interne : {message}',
} as const satisfies Record<CliMessageKey, string>;
