import type { ApplicationMailCatalogue } from './applications.en';

/** Texts of the e-mails about returned and decided applications, español. */
export const applicationMailEs: ApplicationMailCatalogue = {
  subject: {
    returned: 'Solicitud {{year}} devuelta para cambios: {{partnership}}',
    approved: 'Solicitud {{year}} aprobada: {{partnership}}',
    rejected: 'Solicitud {{year}} rechazada: {{partnership}}',
  },
  hello: 'Hola, {{name}}:',
  body: {
    returned: 'La oficina del programa ha devuelto para cambios la solicitud del año de financiación {{year}} de la asociación «{{partnership}}». Por favor, haga los cambios y vuelva a enviar la solicitud.',
    approved: 'La oficina del programa ha aprobado la solicitud del año de financiación {{year}} de la asociación «{{partnership}}». Importe concedido en total: NOK {{granted}}.',
    rejected: 'La oficina del programa ha rechazado la solicitud del año de financiación {{year}} de la asociación «{{partnership}}».',
  },
  message: 'Mensaje de la oficina del programa:',
  open: 'Abra la solicitud en la plataforma MIC:',
  why: 'Recibe este correo porque es coordinador/a de la asociación en la plataforma MIC.',
};
