import type { Catalogue } from './en';

/** Español. */
export const es: Catalogue = {
  errors: {
    VALIDATION_FAILED: 'Faltan algunos campos o no son válidos.',
    MALFORMED_JSON: 'El cuerpo de la solicitud no es JSON válido.',
    BODY_TOO_LARGE: 'La solicitud es demasiado grande.',
    NOT_FOUND: 'No se encontró.',
    UNAUTHENTICATED: 'Inicie sesión, por favor.',
    FORBIDDEN: 'No tiene permiso para hacer esto.',
    CSRF_TOKEN_INVALID: 'Falta el token de seguridad de la sesión o está caducado. Recargue la página e inténtelo de nuevo.',
    RATE_LIMITED: 'Demasiados intentos. Espere unos minutos e inténtelo de nuevo.',
    INVALID_CREDENTIALS: 'El correo electrónico o la contraseña no son correctos.',
    PASSWORD_TOO_WEAK: 'La contraseña debe tener al menos {{min}} caracteres y no ser un solo carácter repetido.',
    PASSWORD_INCORRECT: 'La contraseña actual no es correcta.',
    EMAIL_TAKEN: 'Ya existe un usuario con este correo electrónico.',
    INVITATION_INVALID: 'Este enlace de invitación no es válido, ha caducado o ya se ha utilizado.',
    CONFLICT: 'Otra persona cambió esto mientras tanto. Recargue e inténtelo de nuevo.',
    PURPOSE_LIMIT_EXCEEDED: 'Una asociación puede abordar como máximo {{max}} de los propósitos del programa.',
    PURPOSE_REQUIRED: 'Elija al menos un propósito del programa.',
    PURPOSE_UNKNOWN: 'El propósito del programa «{{purpose}}» no existe.',
    PARTNER_COUNTRY_NOT_ELIGIBLE: 'El municipio socio debe estar en un país elegible del programa ({{country}} no lo es).',
    PARTNER_MUNICIPALITY_NORWEGIAN: 'El municipio socio no puede ser noruego.',
    HOME_MUNICIPALITY_NOT_NORWEGIAN: 'El municipio de origen debe ser un municipio noruego.',
    MUNICIPALITY_NOT_FOUND: 'Elija un municipio del registro.',
    FUNDING_SOURCE_UNKNOWN: 'Elija una fuente de financiación del programa.',
    PERIOD_INVALID: 'El proyecto debe terminar en su año de inicio o después y durar como máximo {{years}} años.',
    LANGUAGE_NOT_SUPPORTED: 'El idioma de trabajo «{{language}}» no está permitido en el programa.',
    STATUS_TRANSITION_INVALID: 'El estado no puede cambiar de {{from}} a {{to}}.',
    UNSUPPORTED_MEDIA_TYPE: 'Envíe la solicitud como JSON (Content-Type: application/json).',
    INTERNAL_ERROR: 'Algo salió mal por nuestra parte. Inténtelo de nuevo más tarde.',
  },
};
