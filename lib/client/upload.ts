import { ApiError } from './api';

/**
 * POST a form with upload progress (fetch has no upload progress events).
 * Resolves with the parsed JSON body and status, for 2xx and 422 alike, so a
 * preview with problems can still be shown.
 */
export function uploadForm<T>(url: string, form: FormData, onProgress: (fraction: number) => void): Promise<{ status: number; body: T }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'The upload failed: the server could not be reached.'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        reject(new ApiError(xhr.status, 'bad_response', `The server answered ${xhr.status} with something that is not JSON.`));
        return;
      }
      onProgress(1);
      resolve({ status: xhr.status, body: body as T });
    };
    xhr.send(form);
  });
}
