import type { PrivacyCatalogue } from './privacy.en';

/** Interface texts of personal data, español. */
export const privacyEs: PrivacyCatalogue = {
  download: {
    heading: 'Sus datos personales',
    text: 'Descargue todo lo que la plataforma guarda sobre usted: su perfil, membresías, sesiones (sin sus claves secretas), invitaciones, lo que ha hecho, sus comentarios y los documentos que subió. Es un archivo JSON; la descarga queda registrada.',
    button: 'Descargar mis datos personales',
  },
  anonymise: {
    section: 'Datos personales',
    intro: 'Anonimice a esta persona cuando pida ser olvidada o se haya ido. Sus registros se conservan y aparecen como «Anonymised person».',
    open: 'Anonimizar…',
    heading: '¿Anonimizar a {{name}}?',
    removed: 'Se eliminan el nombre, la dirección de correo y la contraseña, se desactiva la cuenta y se borran sus sesiones, membresías e invitaciones pendientes.',
    kept: 'Los informes, aprobaciones, documentos, comentarios y el registro de auditoría se conservan, porque el programa debe conservarlos; mostrarán «Anonymised person». Las entradas que ya están en el registro de auditoría conservan lo que registraron en su momento.',
    irreversible: 'Esto no se puede deshacer.',
    reason: 'Motivo',
    reasonHint: 'Se guarda en el registro de auditoría. No escriba datos personales aquí, por ejemplo «Pidió ser olvidada, caso 2026/114».',
    reasonRequired: 'Escriba el motivo para anonimizar a esta persona.',
    confirm: 'Anonimizar',
    done: 'La persona ha sido anonimizada.',
  },
};
