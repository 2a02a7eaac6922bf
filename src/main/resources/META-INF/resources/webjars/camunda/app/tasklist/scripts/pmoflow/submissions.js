/*
 * PMO Flow: what Tasklist's form submissions answered. Tasklist 7.24 sends a Camunda Form with
 * XMLHttpRequest (camunda-bpm-sdk-js) to .../task/{id}/submit-form or
 * .../process-definition/{id}/submit-form; this module watches those requests and tells its
 * listeners what was sent and what came back. It changes nothing: the server decides.
 */

const SUBMISSION = /\/engine\/[^/]+\/(task|process-definition)\/([^/?]+)\/submit-form(?:\?|$)/;
const listeners = [];

/**
 * Calls listener({kind: 'task' | 'start', id, status, sent, answer}) after each submission:
 * sent is the request's JSON body, answer the response's JSON body (null when not JSON).
 */
export function onSubmission(listener) {
  listeners.push(listener);
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch (notJson) {
    return null;
  }
}

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;

XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const match = String(method).toUpperCase() === 'POST' && SUBMISSION.exec(String(url));
  this.pmoflowSubmission = match ? {kind: match[1] === 'task' ? 'task' : 'start', id: decodeURIComponent(match[2])} : null;
  return open.call(this, method, url, ...rest);
};

XMLHttpRequest.prototype.send = function (body) {
  const submission = this.pmoflowSubmission;
  if (submission) {
    this.addEventListener('loadend', () => {
      let text = null;
      try {
        text = this.responseText;
      } catch (notText) {
        // a response type other than text: nothing to read
      }
      const event = {
        ...submission,
        status: this.status,
        sent: typeof body === 'string' ? parse(body) : null,
        answer: typeof text === 'string' ? parse(text) : null
      };
      // after Tasklist's own handling of the answer
      setTimeout(() => listeners.forEach(listener => {
        try {
          listener(event);
        } catch (error) {
          console.error('PMO Flow: a submission listener failed', error);
        }
      }), 0);
    });
  }
  return send.call(this, body);
};
